using System.Text;
using StaticSite.Cli;
using StaticSite.Content.Files;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Cli;

/// <summary>One <c>check</c> run reports every mistake of every file, each in the contributor's words at its place.</summary>
public class EveryMistakeAtOnceTests
{
    private const string Source = "source:\n  publication: daily-nk\n  url: https://www.dailynk.com/example\n";

    private static Dictionary<string, string> Site(string article)
    {
        var files = TestSite.Basics();
        files["media/chart.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
        files["articles/a.md"] = article;
        return files;
    }

    [Fact]
    public void A_front_matter_error_and_a_missing_relative_image_are_both_reported_in_one_run()
    {
        var files = Site("---\ntitle: T\ndate: 2021-06-09\ntranslators: [A]\n" + Source + "topics: [censorshp]\n---\nIntro.\n\n![chart](chart.svg)\n");

        Assert.Equal([
            "content/articles/a.md:8:10: error: unknown topic 'censorshp' (did you mean 'censorship'?); topics are declared in topics.yml",
            "content/articles/a.md:12:1: error: image to 'chart.svg' (from this page: /articles/a/chart.svg), which is not a page or file of this site (did you mean '/media/chart.svg'?)",
        ], TestSite.Check(files));
    }

    [Fact]
    public void A_yaml_syntax_error_still_lets_the_body_be_checked()
    {
        var files = Site("---\ntitle: T\n\tdate: 2021-06-09\n---\nSee [gone](/articles/gone/).\n");

        Assert.Equal([
            "content/articles/a.md:3:1: error: indent with spaces, not tabs: YAML does not allow a tab in the indentation of a line",
            "content/articles/a.md:5:5: error: link to '/articles/gone/', which is not a page or file of this site",
        ], TestSite.Check(files));
    }

    [Fact]
    public void A_tab_in_the_indentation_of_a_nested_field_is_reported_at_the_tab()
    {
        var files = Site("---\ntitle: T\ndate: 2021-06-09\ntranslators: [A]\nsource:\n  publication: daily-nk\n \turl: https://www.dailynk.com/x\ntopics: [censorship]\n---\nBody.\n");

        Assert.Equal(["content/articles/a.md:7:2: error: indent with spaces, not tabs: YAML does not allow a tab in the indentation of a line"], TestSite.Check(files));
    }

    [Fact]
    public void A_nul_character_in_a_quoted_title_is_named_at_its_place()
    {
        var files = Site("---\ntitle: \"Rice\0 prices\"\ndate: 2021-06-09\ntranslators: [A]\n" + Source + "topics: [censorship]\n---\nBody.\n");

        Assert.Equal(["content/articles/a.md:2:13: error: the front matter contains a NUL character (U+0000), an invisible control character that no page can carry: delete it (retype the text around it if you cannot see it)"], TestSite.Check(files));
    }

    [Fact]
    public void An_unclosed_quote_is_explained_before_the_parsers_words()
    {
        var files = Site("---\ntitle: \"Rice prices\ndate: 2021-06-09\n---\nBody.\n");

        var error = Assert.Single(TestSite.Check(files));
        Assert.Contains("error: YAML syntax error: a quoted value or a bracket is not closed: add the closing quote or bracket (YAML: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_missing_url_warning_points_where_the_field_belongs()
    {
        var files = Site("---\ntitle: T\ndate: 2021-06-09\ntranslators: [A]\nsource:\n  publication: daily-nk\n  title: 원문\ntopics: [censorship]\n---\nBody.\n");

        Assert.Equal(["content/articles/a.md:8:3: warning: no 'source.url': add 'url:' here with the address of the original report, so readers can check it"], TestSite.Check(files));
    }

    [Fact]
    public void Both_files_of_a_duplicate_slug_get_a_located_error_naming_the_other()
    {
        var files = Site(TestSite.Article("One", extra: "slug: same\n"));
        files["articles/b.md"] = TestSite.Article("Two", extra: "slug: same\n");

        Assert.Equal([
            "content/articles/a.md:9:7: error: duplicate slug 'same': content/articles/b.md uses it too (at content/articles/b.md:9:7; set a different 'slug:' in one of them)",
            "content/articles/b.md:9:7: error: duplicate slug 'same': content/articles/a.md already uses it (at content/articles/a.md:9:7; set a different 'slug:' in one of them)",
        ], TestSite.Check(files));
    }

    [Theory]
    [InlineData("utf-16", "UTF-16")]
    [InlineData("utf-16BE", "UTF-16")]
    [InlineData("utf-32", "UTF-32")]
    public void A_file_saved_as_utf16_or_utf32_is_asked_to_be_saved_as_utf8(string encoding, string named)
    {
        using var folder = new TempFolder();
        folder.Write("content", TestSite.Basics());
        var text = TestSite.Article("Wide");
        var bytes = Encoding.GetEncoding(encoding).GetPreamble().Concat(Encoding.GetEncoding(encoding).GetBytes(text)).ToArray();
        Directory.CreateDirectory(Path.Combine(folder.Path, "content", "articles"));
        File.WriteAllBytes(Path.Combine(folder.Path, "content", "articles", "wide.md"), bytes);

        var diagnostics = CheckCommand.Check(DiskFileTree.Open(Path.Combine(folder.Path, "content")), new DiskFileTree(Repo.PathOf("templates"), "templates"), new BuildOptions())
            .Select(d => d.ToString()).ToList();

        var error = Assert.Single(diagnostics);
        Assert.EndsWith($"content/articles/wide.md:1:1: error: the file is saved as {named}: save the file as UTF-8 (in your editor's Save As or encoding menu)", error);
    }

    [Fact]
    public void A_utf16_file_without_a_byte_order_mark_is_recognized()
    {
        Assert.Equal("UTF-16", StaticSite.Content.TextEncodingSniffer.WideEncoding(Encoding.Unicode.GetBytes("---\ntitle: x\n")));
        Assert.Null(StaticSite.Content.TextEncodingSniffer.WideEncoding(Encoding.UTF8.GetBytes("---\ntitle: 혜산\n")));
    }
}
