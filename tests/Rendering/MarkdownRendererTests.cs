using StaticSite.Content;
using StaticSite.Diagnostics;
using StaticSite.Rendering;

namespace StaticSite.Tests.Rendering;

public class MarkdownRendererTests
{
    private static readonly BodyLinkPolicy Links = new("/reports/", new HashSet<string> { "/articles/other/", "/media/a.png", "/topics/censorship/" });

    private static (string Html, IReadOnlyList<string> Errors) Render(string body)
    {
        var article = new Article
        {
            RelativePath = "articles/a.md", DisplayPath = "content/articles/a.md", Slug = "a", Title = "A",
            Date = new ContentDate(new DateTimeOffset(2021, 6, 9, 0, 0, 0, TimeSpan.Zero), false), Language = "en", Summary = "",
            Authors = [], Translators = [], Publication = new SourceInfo("daily-nk", "Daily NK", null, "ko", ""), OriginalLanguage = "ko",
            Topics = [], Places = [], Corrections = [], Body = body, BodyLine = 10,
        };
        var diagnostics = new DiagnosticBag();
        var html = new MarkdownRenderer(MarkdownPipelineFactory.Create()).Render(article, Links, diagnostics).Html;
        return (html, diagnostics.Sorted().Select(d => d.ToString()).ToList());
    }

    [Fact]
    public void Raw_html_in_the_body_is_sanitized_and_what_is_removed_is_reported()
    {
        var (html, diagnostics) = Render("<script>alert(1)</script>\n\nSome <b onclick=\"x()\">bold</b> text.\n");

        Assert.Equal([
            "content/articles/a.md:10:1: warning: removed <script> and its content: articles cannot run scripts",
            "content/articles/a.md:12:6: warning: removed <b> (its content stays): only the HTML listed in docs/INLINE-HTML.md is kept",
        ], diagnostics);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("onclick", html);
        Assert.Equal("<p>Some bold text.</p>\n", html);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JAVASCRIPT:alert(1)")]
    [InlineData("data:text/html,hi")]
    [InlineData("vbscript:msgbox")]
    public void A_script_link_is_refused_at_the_line_and_column_of_the_link(string target)
    {
        var (html, errors) = Render($"First paragraph.\n\nSee [this]({target}) now.\n");

        Assert.Equal([$"content/articles/a.md:12:5: error: link target '{target}' is not allowed: use http(s), mailto or a site path such as /articles/slug/"], errors);
        Assert.DoesNotContain(target, html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_script_autolink_and_a_data_image_are_refused()
    {
        var (html, errors) = Render("<javascript:alert(1)>\n\n![x](data:image/png;base64,AAAA)\n");

        Assert.Equal(2, errors.Count);
        Assert.StartsWith("content/articles/a.md:10:1: error:", errors[0]);
        Assert.StartsWith("content/articles/a.md:12:1: error:", errors[1]);
        Assert.DoesNotContain("javascript:", html);
        Assert.DoesNotContain("data:", html);
    }

    [Fact]
    public void A_link_to_a_missing_page_is_reported_at_its_line()
    {
        var (_, errors) = Render("One.\n\nTwo.\n\nThree [gone](/articles/gone/).\n");

        Assert.Equal(["content/articles/a.md:14:7: error: link to '/articles/gone/', which is not a page or file of this site"], errors);
    }

    [Fact]
    public void A_missing_image_is_reported_as_an_image()
    {
        var (_, errors) = Render("![photo](/media/gone.png)\n");

        Assert.Equal(["content/articles/a.md:10:1: error: image to '/media/gone.png', which is not a page or file of this site"], errors);
    }

    [Fact]
    public void Site_links_get_the_base_path_and_a_missing_trailing_slash()
    {
        var (html, errors) = Render("[a](/articles/other/) [b](/articles/other) [c](/topics/censorship/#top) ![d](/media/a.png)\n");

        Assert.Empty(errors);
        Assert.Contains("<a href=\"/reports/articles/other/\">a</a>", html);
        Assert.Contains("<a href=\"/reports/articles/other/\">b</a>", html);
        Assert.Contains("<a href=\"/reports/topics/censorship/#top\">c</a>", html);
        Assert.Contains("<img src=\"/reports/media/a.png\" alt=\"d\" />", html);
    }

    [Fact]
    public void External_mail_and_fragment_links_are_kept()
    {
        var (html, errors) = Render("[a](https://www.dailynk.com/x?a=1&b=2) [b](mailto:editor@example.org) [c](#notes)\n");

        Assert.Empty(errors);
        Assert.Contains("href=\"https://www.dailynk.com/x?a=1&amp;b=2\"", html);
        Assert.Contains("href=\"mailto:editor@example.org\"", html);
        Assert.Contains("href=\"#notes\"", html);
    }

    [Fact]
    public void Headings_get_ids()
    {
        var (html, _) = Render("## What the source said\n\n### Reaction\n");

        Assert.Contains("<h2 id=\"what-the-source-said\">What the source said</h2>", html);
        Assert.Contains("<h3 id=\"reaction\">Reaction</h3>", html);
    }

    [Fact]
    public void Tables_footnotes_and_smart_quotes_are_rendered()
    {
        var (html, errors) = Render("He said \"no\".[^1]\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[^1]: Translator's note.\n");

        Assert.Empty(errors);
        Assert.Contains("&ldquo;no&rdquo;", html);
        Assert.Contains("<table>", html);
        Assert.Contains("class=\"footnotes\"", html);
        Assert.Contains("Translator", html.Split("footnotes")[1]);
    }
}
