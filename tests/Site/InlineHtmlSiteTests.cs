using AngleSharp.Html.Parser;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Site;

/// <summary>A whole site whose articles are written as real contributors write them: inline HTML (allowed and
/// forbidden), bare addresses, relative images (present and missing) and a front-matter mistake.</summary>
public class InlineHtmlSiteTests
{
    private static Dictionary<string, string> Files()
    {
        var files = TestSite.Basics();
        files["media/x.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
        files["articles/a.md"] = TestSite.Article("Mixed", body:
            "Prices rose 20<sup>%</sup> <img alt=\"A rice stall\" src=\"/media/x.svg\"> in a month.\n" +
            "\n" +
            "See https://www.dailynk.com/english/ and www.asiapress.org for more.\n" +
            "\n" +
            "<script>alert(1)</script>\n" +
            "\n" +
            "<img class=\"wide\" alt=\"Chart\" src=\"../../media/x.svg\" onerror=\"alert(1)\">\n" +
            "\n" +
            "![missing](assets/blog/x.svg)\n" +
            "\n" +
            "<iframe src=\"https://evil.example/\"></iframe> <span style=\"color:red\">red</span>\n");
        files["articles/b.md"] = "---\ntitle: Broken\ndate: 2021-13-01\ntranslators: [A]\nsource:\n  publication: daily-nk\n  url: https://www.dailynk.com/b\ntopics: [censorship]\n---\n" +
            "![chart](chart.jpg) and <img src=\"/media/x.svg\">\n";
        return files;
    }

    [Fact]
    public void One_check_run_reports_every_mistake_of_every_file_at_its_place()
    {
        Assert.Equal([
            "content/articles/a.md:14:1: warning: removed <script> and its content: articles cannot run scripts",
            "content/articles/a.md:16:6: warning: removed class=\"wide\" from <img>: the site's stylesheet decides how things look",
            "content/articles/a.md:16:55: warning: removed onerror=\"alert(1)\" from <img>: event handlers would run scripts",
            "content/articles/a.md:18:1: error: image to 'assets/blog/x.svg' (from this page: /articles/a/assets/blog/x.svg), which is not a page or file of this site (did you mean '/media/x.svg'?)",
            "content/articles/a.md:20:1: warning: removed <iframe> and its content: articles cannot embed other pages or programs; link to them instead",
            "content/articles/a.md:20:47: warning: removed <span> (its content stays): only the HTML listed in docs/INLINE-HTML.md is kept",
            "content/articles/b.md:3:7: error: 'date' must be an ISO 8601 date such as 2021-06-09 or 2021-06-09T08:30:00+09:00, not '2021-13-01'",
            "content/articles/b.md:10:1: error: image to 'chart.jpg' (from this page: /articles/b/chart.jpg), which is not a page or file of this site",
            "content/articles/b.md:10:25: error: the image has no alt text: add alt=\"…\" saying what it shows, for readers who cannot see it",
        ], TestSite.Check(Files()));
    }

    [Fact]
    public void The_valid_article_renders_its_image_superscript_and_links_and_the_audit_finds_nothing()
    {
        var files = Files();
        files.Remove("articles/b.md");
        files["articles/a.md"] = files["articles/a.md"].Replace("![missing](assets/blog/x.svg)", "![present](../../media/x.svg)", StringComparison.Ordinal);

        var result = TestSite.Build(files);

        Assert.Empty(result.Errors());
        SafeMarkup.AssertNone(result);
        var body = new HtmlParser().ParseDocument(result.Text("articles/a/index.html")).QuerySelector(".article-body")!;
        Assert.Equal("%", body.QuerySelector("sup")!.TextContent);
        Assert.Equal(["/reports/media/x.svg", "/reports/media/x.svg", "/reports/media/x.svg"], body.QuerySelectorAll("img").Select(i => i.GetAttribute("src")));
        Assert.Equal(["https://www.dailynk.com/english/", "https://www.asiapress.org"], body.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("red", body.TextContent, StringComparison.Ordinal);
        Assert.Null(body.QuerySelector("script, iframe, span, [style], [class], [onerror]"));
    }
}
