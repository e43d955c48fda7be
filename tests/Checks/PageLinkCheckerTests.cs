using StaticSite.Cli;
using StaticSite.Content;
using StaticSite.Content.Files;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Checks;

public class PageLinkCheckerTests
{
    private static Dictionary<string, string> RepoTemplates()
    {
        var root = Repo.PathOf("templates");
        return Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText);
    }

    private static IReadOnlyList<string> Check(Dictionary<string, string> templates)
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("A");
        files["articles/b.md"] = TestSite.Article("B");
        return CheckCommand.Check(new MemoryFileTree(files, "content"), new MemoryFileTree(templates, "templates"), new BuildOptions())
            .Select(d => d.ToString()).ToList();
    }

    [Fact]
    public void The_repository_templates_have_no_broken_anchors_or_media()
    {
        Assert.DoesNotContain(Check(RepoTemplates()), d => d.Contains(": error: ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_broken_anchor_in_a_template_is_reported_once_against_the_templates()
    {
        var templates = RepoTemplates();
        templates["layouts/base.html"] = templates["layouts/base.html"].Replace("</footer>", "<a href=\"#no-such-id\">x</a></footer>", StringComparison.Ordinal);

        var problems = Check(templates).Where(d => d.Contains("no-such-id", StringComparison.Ordinal)).ToList();

        var problem = Assert.Single(problems);
        Assert.StartsWith("templates/:1:1: error: page /404.html: link '#no-such-id'", problem);
    }

    [Fact]
    public void Srcset_and_poster_must_name_files_of_the_site()
    {
        var templates = RepoTemplates();
        templates["layouts/base.html"] = templates["layouts/base.html"].Replace("</footer>",
            "<img src=\"{{ site.stylesheet_url }}\" srcset=\"{{ site.stylesheet_url }} 1x, /reports/media/missing.jpg 2x\" alt=\"\"><video poster=\"/reports/media/poster.jpg\"></video></footer>",
            StringComparison.Ordinal);

        var problems = Check(templates);

        Assert.Contains(problems, d => d.Contains("'/reports/media/missing.jpg' names no file of the site", StringComparison.Ordinal));
        Assert.Contains(problems, d => d.Contains("'/reports/media/poster.jpg' names no file of the site", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, d => d.Contains("'/reports/assets/style.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_footnote_reference_and_a_heading_anchor_resolve()
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("A", body: "Text.[^1] See [below](#the-part).\n\n## The part\n\nMore.\n\n[^1]: A note.");

        Assert.DoesNotContain(TestSite.Check(files), d => d.Contains(": error: ", StringComparison.Ordinal));
    }
}
