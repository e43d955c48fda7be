using System.Text.Json;
using StaticSite.Cli;
using StaticSite.Content;
using StaticSite.Content.Files;
using StaticSite.Diagnostics;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Cli;

public class CheckCommandTests
{
    private const string Source = "source:\n  publication: daily-nk\n  url: https://www.dailynk.com/x\n";

    private static Dictionary<string, string> WithGoodArticle()
    {
        var files = TestSite.Basics();
        files["articles/good.md"] = TestSite.Article("Good", body: "Fine, see [notes](#notes).\n\n## Notes\n\nNone.");
        return files;
    }

    private static void AssertReported(Dictionary<string, string> files, string at, string words)
    {
        var diagnostics = TestSite.Check(files);
        Assert.Contains(diagnostics, d => d.StartsWith(at + ": error: ", StringComparison.Ordinal) && d.Contains(words, StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.StartsWith("content/articles/good.md", StringComparison.Ordinal) && d.Contains(": error: ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_date_is_reported_at_the_date_value()
    {
        var files = WithGoodArticle();
        files["articles/bad.md"] = TestSite.Article("Bad", date: "2021-13-45");
        AssertReported(files, "content/articles/bad.md:3:7", "ISO 8601");
    }

    [Fact]
    public void An_unknown_topic_is_reported_with_the_closest_key()
    {
        var files = WithGoodArticle();
        files["articles/bad.md"] = TestSite.Article("Bad", topics: "[censorshp]");
        AssertReported(files, "content/articles/bad.md:8:10", "did you mean 'censorship'?");
    }

    [Fact]
    public void An_unknown_source_is_reported_with_the_closest_key()
    {
        var files = WithGoodArticle();
        files["articles/bad.md"] = "---\ntitle: Bad\ndate: 2021-06-09\ntranslators: [A]\nsource:\n  publication: daily-nkk\ntopics: [censorship]\n---\nx\n";
        AssertReported(files, "content/articles/bad.md:6:16", "did you mean 'daily-nk'?");
    }

    [Fact]
    public void An_unclosed_yaml_list_is_reported_where_it_opens()
    {
        var files = WithGoodArticle();
        files["articles/bad.md"] = "---\ntitle: Bad\ndate: 2021-06-09\ntopics: [censorship\n" + Source + "---\nx\n";
        AssertReported(files, "content/articles/bad.md:4:9", "YAML syntax error");
    }

    [Fact]
    public void A_yaml_syntax_error_is_reported_at_its_line()
    {
        var files = WithGoodArticle();
        files["articles/bad.md"] = "---\ntitle: Bad: [unclosed\ndate: 2021-06-09\n---\nx\n";
        AssertReported(files, "content/articles/bad.md:2:11", "YAML syntax error");
    }

    [Fact]
    public void A_missing_title_is_reported_once_at_the_front_matter()
    {
        var files = WithGoodArticle();
        files["articles/bad.md"] = "---\ndate: 2021-06-09\ntranslators: [A]\n" + Source + "topics: [censorship]\n---\nx\n";
        AssertReported(files, "content/articles/bad.md:2:1", "missing required field 'title'");
    }

    [Fact]
    public void A_translation_without_translators_is_reported()
    {
        var files = WithGoodArticle();
        files["articles/bad.md"] = "---\ntitle: Bad\ndate: 2021-06-09\n" + Source + "topics: [censorship]\n---\nx\n";
        AssertReported(files, "content/articles/bad.md:2:1", "missing 'translators'");
    }

    [Fact]
    public void An_image_without_alt_text_is_reported_at_the_image()
    {
        var files = WithGoodArticle();
        files["articles/bad.md"] = TestSite.Article("Bad", extra: "image:\n  src: https://example.org/a.jpg\n  credit: X\n");
        AssertReported(files, "content/articles/bad.md:9:1", "no 'alt' text");
    }

    [Fact]
    public void A_link_to_a_missing_article_is_reported_once_at_the_link()
    {
        var files = WithGoodArticle();
        files["articles/bad.md"] = TestSite.Article("Bad", body: "Intro.\n\nSee [this](/articles/nowhere/).");
        AssertReported(files, "content/articles/bad.md:12:5", "'/articles/nowhere/'");
        Assert.Single(TestSite.Check(files), d => d.Contains("nowhere", StringComparison.Ordinal));
    }

    [Fact]
    public void A_duplicate_slug_names_both_files()
    {
        var files = WithGoodArticle();
        files["articles/one.md"] = TestSite.Article("One", extra: "slug: same\n");
        files["articles/two.md"] = TestSite.Article("Two", extra: "slug: same\n");
        AssertReported(files, "content/articles/two.md:9:7", "duplicate slug 'same': content/articles/one.md");
        AssertReported(files, "content/articles/one.md:9:7", "duplicate slug 'same': content/articles/two.md uses it too (at content/articles/two.md:9:7");
    }

    [Fact]
    public void A_file_without_front_matter_is_reported()
    {
        var files = WithGoodArticle();
        files["articles/bad.md"] = "Just text.\n";
        AssertReported(files, "content/articles/bad.md:1:1", "must start with front matter");
    }

    [Fact]
    public void Unterminated_front_matter_is_reported()
    {
        var files = WithGoodArticle();
        files["articles/bad.md"] = "---\ntitle: Bad\ndate: 2021-06-09\n";
        AssertReported(files, "content/articles/bad.md:1:1", "never closed");
    }

    [Fact]
    public void A_field_of_the_wrong_type_is_reported_once_at_its_value()
    {
        var files = WithGoodArticle();
        files["articles/bad.md"] = "---\ntitle: [a, list]\ndate: 2021-06-09\ntranslators: [A]\n" + Source + "topics: [censorship]\n---\nx\n";
        AssertReported(files, "content/articles/bad.md:2:8", "'title' must be text");
        Assert.DoesNotContain(TestSite.Check(files), d => d.Contains("missing required field 'title'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_to_a_missing_anchor_is_reported_at_the_link()
    {
        var files = WithGoodArticle();
        files["articles/bad.md"] = TestSite.Article("Bad", body: "See [x](#nowhere) and [y](/articles/good/#missing) and [z](/articles/good/#notes).");
        var diagnostics = TestSite.Check(files);
        Assert.Contains("content/articles/bad.md:10:9: error: link '#nowhere': this page has no element with id 'nowhere'", diagnostics);
        Assert.Contains(diagnostics, d => d.StartsWith("content/articles/bad.md:10:27: error: ", StringComparison.Ordinal) && d.Contains("'missing'", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.Contains("'notes'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_misspelled_member_in_a_template_is_one_error_at_its_place_without_the_broken_links_it_causes()
    {
        var templates = TestTemplates.Repository();
        templates["pages/article.html"] = "<h1>{{ page.titel }}</h1>\n" + templates["pages/article.html"];
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("Alpha", "2021-01-01");
        files["articles/b.md"] = TestSite.Article("Beta", "2021-02-01");

        var diagnostics = CheckCommand.Check(new MemoryFileTree(files, "content"), new MemoryFileTree(templates, "templates"),
            new BuildOptions()).Select(d => d.ToString()).ToList();

        var error = Assert.Single(diagnostics, d => d.Contains(": error: ", StringComparison.Ordinal));
        Assert.StartsWith("templates/pages/article.html:1:13: error: template error while rendering the article page 'Alpha' "
            + "and 1 other page: 'titel' is not a member of the article page model (ArticlePageModel) (did you mean 'title'?); "
            + "its members are: ", error);
    }

    [Fact]
    public void The_validator_warnings_show_up_and_do_not_count_as_errors()
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = "---\ntitle: A\ndate: 2021-06-01\ntranslators: [A]\nsource:\n  publication: daily-nk\n  published: 2021-06-05\n"
            + "topics: [censorship]\nsummary: " + new string('x', 300) + "\nimage:\n  src: https://example.org/a.jpg\n  alt: A picture\n---\nx\n";
        var diagnostics = TestSite.Check(files);
        Assert.Contains(diagnostics, d => d.Contains("warning: no 'source.url'", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Contains("warning: the image has no 'credit'", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Contains("warning: the summary is 300 characters", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Contains("warning: the translation is dated 2021-06-01, before its original", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.Contains(": error: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_run_on_a_folder_reports_every_planted_mistake_in_one_run_and_writes_nothing()
    {
        using var folder = new TempFolder();
        var files = WithGoodArticle();
        files["articles/bad-date.md"] = TestSite.Article("Bad", date: "2021-13-45");
        files["articles/bad-topic.md"] = TestSite.Article("Bad", topics: "[censorshp]");
        files["articles/bad-source.md"] = "---\ntitle: Bad\ndate: 2021-06-09\ntranslators: [A]\nsource:\n  publication: daily-nkk\ntopics: [censorship]\n---\nx\n";
        files["articles/yaml-error.md"] = "---\ntitle: Bad: [unclosed\ndate: 2021-06-09\n---\nx\n";
        files["articles/no-title.md"] = "---\ndate: 2021-06-09\ntranslators: [A]\n" + Source + "topics: [censorship]\n---\nx\n";
        files["articles/no-translators.md"] = "---\ntitle: Bad\ndate: 2021-06-09\n" + Source + "topics: [censorship]\n---\nx\n";
        files["articles/no-alt.md"] = TestSite.Article("Bad", extra: "image:\n  src: https://example.org/a.jpg\n  credit: X\n");
        files["articles/dead-link.md"] = TestSite.Article("Bad", body: "See [this](/articles/nowhere/).");
        files["articles/dup-one.md"] = TestSite.Article("One", extra: "slug: same\n");
        files["articles/dup-two.md"] = TestSite.Article("Two", extra: "slug: same\n");
        files["articles/no-front-matter.md"] = "Just text.\n";
        files["articles/unterminated.md"] = "---\ntitle: Bad\ndate: 2021-06-09\n";
        files["articles/wrong-type.md"] = "---\ntitle: [a, list]\ndate: 2021-06-09\ntranslators: [A]\n" + Source + "topics: [censorship]\n---\nx\n";
        folder.Write("content", files);
        var before = Directory.GetFileSystemEntries(folder.Path, "*", SearchOption.AllDirectories).Order().ToList();

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var options = new BuildOptions { ContentDir = Path.Combine(folder.Path, "content"), TemplatesDir = Repo.PathOf("templates"), OutputDir = Path.Combine(folder.Path, "site-output") };
        var exit = CheckCommand.Run(options, DiagnosticFormat.Text, stdout, stderr);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string[] expected =
        [
            "bad-date.md:3:7", "bad-topic.md:8:10", "bad-source.md:6:16", "yaml-error.md:2:11", "no-title.md:2:1", "no-translators.md:2:1",
            "no-alt.md:9:1", "dead-link.md:10:5", "dup-one.md:9:7", "dup-two.md:9:7", "no-front-matter.md:1:1", "unterminated.md:1:1", "wrong-type.md:2:8",
        ];
        foreach (var name in expected)
        {
            Assert.Contains(lines, l => l.Contains($"content/articles/{name}: error: ", StringComparison.Ordinal));
        }

        Assert.DoesNotContain(lines, l => l.Contains("good.md", StringComparison.Ordinal));
        Assert.Equal(expected.Length, lines.Count(l => l.Contains(": error: ", StringComparison.Ordinal)));
        Assert.Contains($"{expected.Length} errors", stderr.ToString());
        Assert.Equal(before, Directory.GetFileSystemEntries(folder.Path, "*", SearchOption.AllDirectories).Order().ToList());
    }

    [Fact]
    public void Check_exits_0_on_a_clean_site_even_with_warnings()
    {
        using var folder = new TempFolder();
        var files = WithGoodArticle();
        files["articles/warned.md"] = "---\ntitle: W\ndate: 2021-06-09\ntranslators: [A]\nsource:\n  publication: daily-nk\ntopics: [censorship]\n---\nx\n";
        folder.Write("content", files);
        var options = new BuildOptions { ContentDir = Path.Combine(folder.Path, "content"), TemplatesDir = Repo.PathOf("templates") };
        var stdout = new StringWriter();

        var exit = CheckCommand.Run(options, DiagnosticFormat.Text, stdout, new StringWriter());

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("warning: no 'source.url'", stdout.ToString());
    }

    [Fact]
    public void Github_format_prints_workflow_annotations_with_escaped_properties()
    {
        using var folder = new TempFolder();
        var files = WithGoodArticle();
        files["articles/bad.md"] = TestSite.Article("Bad", topics: "[censorshp]");
        folder.Write("content", files);
        var options = new BuildOptions { ContentDir = Path.Combine(folder.Path, "content"), TemplatesDir = Repo.PathOf("templates") };
        var stdout = new StringWriter();

        CheckCommand.Run(options, DiagnosticFormat.Github, stdout, new StringWriter());

        Assert.Matches(@"^::error file=[^:,]*content/articles/bad\.md,line=8,col=10::unknown topic 'censorshp'", stdout.ToString());
    }

    [Fact]
    public void Json_format_prints_an_array_of_located_problems()
    {
        using var folder = new TempFolder();
        var files = WithGoodArticle();
        files["articles/bad.md"] = TestSite.Article("Bad", topics: "[censorshp]");
        folder.Write("content", files);
        var options = new BuildOptions { ContentDir = Path.Combine(folder.Path, "content"), TemplatesDir = Repo.PathOf("templates") };
        var stdout = new StringWriter();

        CheckCommand.Run(options, DiagnosticFormat.Json, stdout, new StringWriter());

        var item = Assert.Single(JsonDocument.Parse(stdout.ToString()).RootElement.EnumerateArray());
        Assert.EndsWith("content/articles/bad.md", item.GetProperty("path").GetString());
        Assert.Equal(8, item.GetProperty("line").GetInt32());
        Assert.Equal(10, item.GetProperty("column").GetInt32());
        Assert.Equal("error", item.GetProperty("severity").GetString());
        Assert.StartsWith("unknown topic", item.GetProperty("message").GetString());
    }
}
