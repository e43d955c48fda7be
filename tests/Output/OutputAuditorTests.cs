using AngleSharp.Html.Parser;
using StaticSite.Checks;
using StaticSite.Content;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Output;

public class OutputAuditorTests
{
    private static readonly string PolicyMeta = $"<meta http-equiv=\"Content-Security-Policy\" content=\"{StaticSite.Output.SecurityHeaders.MetaPolicy}\">";

    private static string Page(string body, string head = "") => $"<!doctype html><html><head><meta charset=\"utf-8\">{PolicyMeta}{head}</head><body>{body}</body></html>";

    [Theory]
    [InlineData("<p onclick=\"x()\">a</p>", "event handler attribute onclick on <p>")]
    [InlineData("<svg><g onload=\"x()\"></g></svg>", "event handler attribute onload on <g>")]
    [InlineData("<a href=\" JaVa&#x09;Script:alert(1)\">a</a>", "href=\" JaVa\tScript:alert(1)\" on <a> uses a scheme other than http, https or mailto")]
    [InlineData("<img src=\"data:image/png;base64,AA\" alt=\"\">", "src=\"data:image/png;base64,AA\" on <img> uses a scheme other than http, https or mailto")]
    [InlineData("<img srcset=\"/a.png 1x, javascript:x 2x\" alt=\"\">", "srcset=\"javascript:x\" on <img> uses a scheme other than http, https or mailto")]
    [InlineData("<button formaction=\"vbscript:x\">b</button>", "formaction=\"vbscript:x\" on <button> uses a scheme other than http, https or mailto")]
    [InlineData("<script>alert(1)</script>", "inline <script> element")]
    [InlineData("<script src=\"https://evil.example/x.js\"></script>", "<script src=\"https://evil.example/x.js\"> outside the site's /assets/")]
    [InlineData("<script src=\"/reports/assets/../x.js\"></script>", "<script src=\"/reports/assets/../x.js\"> outside the site's /assets/")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>", "<iframe> element")]
    [InlineData("<object data=\"x\"></object>", "<object> element")]
    [InlineData("<embed src=\"x\">", "<embed> element")]
    [InlineData("<form action=\"/x\"></form>", "<form> element")]
    [InlineData("<p style=\"color:red\">a</p>", "style attribute on <p>")]
    [InlineData("<style>p{}</style>", "<style> element")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0;url=javascript:x\">", "<meta http-equiv=\"refresh\">")]
    public void Each_kind_of_unsafe_markup_is_found(string html, string finding)
    {
        Assert.Contains(finding, OutputAuditor.Findings(new HtmlParser(), Page(html), "/reports/"));
    }

    [Theory]
    [InlineData("<script type=\"application/ld+json\">{\"a\":\"<\\/script>\"}</script>")]
    [InlineData("<script src=\"/reports/assets/site.0123abcd.js\" integrity=\"sha384-x\" crossorigin=\"anonymous\"></script>")]
    [InlineData("<a href=\"https://example.org/a?b=c#d\">a</a><a href=\"mailto:a@example.org\">m</a><a href=\"/reports/x/\">x</a><a href=\"#top\">t</a><a href=\"x/y:z\">r</a>")]
    [InlineData("<img src=\"/reports/media/a.jpg\" srcset=\"/reports/media/a.jpg 1x, https://example.org/b.jpg 2x\" alt=\"\">")]
    public void The_sites_own_markup_passes(string html)
    {
        Assert.Empty(OutputAuditor.Findings(new HtmlParser(), Page(html), "/reports/"));
    }

    private const string Refresh = "<meta http-equiv=\"refresh\" content=\"0; url=https://example.org/reports/articles/new/\">";

    private static IEnumerable<string> Audit(string page, string html, RefreshPolicy policy) =>
        OutputAuditor.Findings(new HtmlParser(), "<!doctype html><html><head>" + PolicyMeta + html + "</head><body></body></html>", "/reports/",
            content => policy.Allows(page, content));

    [Fact]
    public void A_refresh_to_a_site_address_passes_on_a_redirect_page_the_build_made()
    {
        var policy = new RefreshPolicy(new HashSet<string> { "articles/old/index.html" }, "https://example.org/reports/");

        Assert.Empty(Audit("articles/old/index.html", Refresh, policy));
        Assert.Empty(Audit("articles/old/index.html", "<meta http-equiv=\"refresh\" content=\"0; url=/reports/articles/new/\">", policy));
    }

    [Theory]
    [InlineData("articles/other/index.html", Refresh)]
    [InlineData("articles/old/index.html", "<meta http-equiv=\"refresh\" content=\"0; url=https://evil.example/\">")]
    [InlineData("articles/old/index.html", "<meta http-equiv=\"refresh\" content=\"0; url=https://example.org/other/\">")]
    [InlineData("articles/old/index.html", "<meta http-equiv=\"refresh\" content=\"5; url=https://example.org/reports/x/\">")]
    [InlineData("articles/old/index.html", "<meta http-equiv=\"refresh\" content=\"0; url=https://example.org/reports/../x/\">")]
    [InlineData("articles/old/index.html", "<meta http-equiv=\"refresh\" content=\"0; url=/other/x/\">")]
    [InlineData("articles/old/index.html", "<meta http-equiv=\"refresh\" content=\"0; url=javascript:alert(1)\">")]
    public void A_refresh_anywhere_else_or_to_another_address_is_refused(string page, string html)
    {
        var policy = new RefreshPolicy(new HashSet<string> { "articles/old/index.html" }, "https://example.org/reports/");

        Assert.Contains("<meta http-equiv=\"refresh\">", Audit(page, html, policy));
    }

    [Fact]
    public void A_template_that_adds_a_refresh_to_an_ordinary_page_fails_an_audited_build_even_beside_redirect_pages()
    {
        var templates = TestTemplates.Repository();
        templates["pages/404.html"] += "<meta http-equiv=\"refresh\" content=\"0; url=https://example.org/reports/\">";
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("A", extra: "aliases: [/articles/old-a/]\n");

        var result = TestSite.Build(files, templates);

        Assert.Equal(["templates/:1:1: error: unsafe markup in page /404.html: <meta http-equiv=\"refresh\">"], result.Errors());
    }

    [Fact]
    public void A_template_with_an_inline_script_fails_an_audited_build_naming_the_page()
    {
        var templates = TestTemplates.Repository();
        templates["pages/404.html"] += "<script>console.log(1)</script>";
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("A");

        var result = TestSite.Build(files, templates);

        Assert.Contains("templates/:1:1: error: unsafe markup in page /404.html: inline <script> element", result.Errors());
    }

    [Theory]
    [InlineData("<img src=\"http://example.org/a.jpg\" alt=\"\">", "<img> loads \"http://example.org/a.jpg\", which the Content-Security-Policy blocks (images come from this site or https only)")]
    [InlineData("<img src=\"/a.jpg\" srcset=\"//cdn.example.org/a.jpg 2x\" alt=\"\">", "<img> loads \"//cdn.example.org/a.jpg\", which the Content-Security-Policy blocks (images come from this site or https only)")]
    [InlineData("<video src=\"https://example.org/a.mp4\"></video>", "<video> loads \"https://example.org/a.mp4\", which the Content-Security-Policy blocks (only this site's files are allowed)")]
    [InlineData("<audio><source src=\"https://example.org/a.mp3\"></audio>", "<source> loads \"https://example.org/a.mp3\", which the Content-Security-Policy blocks (only this site's files are allowed)")]
    public void What_the_pages_policy_would_block_is_found(string html, string finding)
    {
        Assert.Contains(finding, OutputAuditor.Findings(new HtmlParser(), Page(html), "/reports/"));
    }

    [Fact]
    public void A_stylesheet_from_another_origin_is_found()
    {
        Assert.Contains("<link> loads \"https://cdn.example.org/x.css\", which the Content-Security-Policy blocks (only this site's files are allowed)",
            OutputAuditor.Findings(new HtmlParser(), Page("<p>a</p>", "<link rel=\"stylesheet\" href=\"https://cdn.example.org/x.css\">"), "/reports/"));
    }

    [Theory]
    [InlineData("<!doctype html><html><head><meta charset=\"utf-8\"></head><body><p>a</p></body></html>", "no Content-Security-Policy <meta> in <head> (every page carries the site's policy)")]
    [InlineData("<!doctype html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src *\"></head><body></body></html>", "the Content-Security-Policy <meta> is not the site's policy")]
    [InlineData("<!doctype html><html><head><link rel=\"stylesheet\" href=\"/reports/assets/a.css\"><meta http-equiv=\"Content-Security-Policy\" content=\"x\"></head><body></body></html>", "<link> before the Content-Security-Policy <meta>, which covers only what follows it")]
    public void A_page_without_the_sites_policy_ahead_of_what_it_loads_is_found(string html, string finding)
    {
        Assert.Contains(OutputAuditor.Findings(new HtmlParser(), html, "/reports/"), f => f.StartsWith(finding, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_page_of_a_built_site_carries_the_policy_first_in_its_head()
    {
        var result = TestSite.Build(DiskSite.Files(3));
        var pages = result.Output!.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            using var document = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(page.ReadBytes()));
            var head = document.Head!.Children.Select(e => e.LocalName).ToList();
            Assert.Equal(["meta", "meta"], head.Take(2));
            Assert.Equal(StaticSite.Output.SecurityHeaders.MetaPolicy, document.Head.Children[1].GetAttribute("content"));
            Assert.Equal("Content-Security-Policy", document.Head.Children[1].GetAttribute("http-equiv"));
        }
    }

    [Fact]
    public void An_image_at_a_plain_http_address_is_an_error_at_its_place_in_the_article()
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("A", extra: "image:\n  src: http://example.org/photo.jpg\n  alt: A photo\n  credit: Someone\n");
        files["articles/b.md"] = TestSite.Article("B", body: "Text.\n\n![A chart](http://example.org/chart.png)");

        var found = TestSite.Check(files);

        Assert.Contains(found, e => e.StartsWith("content/articles/a.md:10:8: error: the image 'http://example.org/photo.jpg' would be blocked", StringComparison.Ordinal));
        Assert.Contains(found, e => e.StartsWith("content/articles/b.md:12:1: error: the image 'http://example.org/chart.png' would be blocked", StringComparison.Ordinal));
    }
}
