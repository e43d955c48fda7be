using StaticSite.Content;
using StaticSite.Diagnostics;
using StaticSite.Rendering;

namespace StaticSite.Tests.Rendering;

public class InlineHtmlTests
{
    private static readonly BodyLinkPolicy Links = new("/reports/", new HashSet<string>
    {
        "/articles/a/", "/articles/other/", "/media/a.png", "/media/blog/numbers.png", "/articles/a/chart.png",
    });

    /// <summary>Renders a body that starts on line 10 of content/articles/a.md, the page /articles/a/.</summary>
    private static (string Html, IReadOnlyList<string> Diagnostics) Render(string body)
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
    public void An_image_a_superscript_and_a_bare_address_render_and_a_script_is_dropped_with_a_warning()
    {
        var (html, diagnostics) = Render(
            "Rice rose 3<sup>2</sup> times <img alt=\"Two players\" src=\"/media/a.png\"> see https://example.org/x.\n\n" +
            "<script>alert(1)</script>\n");

        Assert.Equal(["content/articles/a.md:12:1: warning: removed <script> and its content: articles cannot run scripts"], diagnostics);
        Assert.Contains("3<sup>2</sup> times <img alt=\"Two players\" src=\"/reports/media/a.png\">", html);
        Assert.Contains("<a href=\"https://example.org/x\">https://example.org/x</a>.", html);
        Assert.DoesNotContain("script", html);
        Assert.DoesNotContain("alert", html);
    }

    [Fact]
    public void A_class_attribute_is_removed_at_its_own_column_and_smart_quotes_leave_the_tag_alone()
    {
        var (html, diagnostics) = Render("He said \"no\".\n\n<img class=\"align-center\" alt='She said \"yes\"' src=\"/media/a.png\" />\n");

        Assert.Equal(["content/articles/a.md:12:6: warning: removed class=\"align-center\" from <img>: the site's stylesheet decides how things look"], diagnostics);
        Assert.Contains("&ldquo;no&rdquo;", html);
        Assert.Contains("<img alt=\"She said &quot;yes&quot;\" src=\"/reports/media/a.png\">", html);
        Assert.DoesNotContain("class", html);
    }

    [Fact]
    public void Details_around_markdown_keep_the_markdown_inside()
    {
        var (html, diagnostics) = Render("<details>\n<summary>Sources</summary>\n\nMarkdown **inside**.\n\n</details>\n");

        Assert.Empty(diagnostics);
        Assert.Matches(@"^<details>\s*<summary>Sources</summary>\s*<p>Markdown <strong>inside</strong>.</p>\s*</details>\s*$", html);
    }

    [Fact]
    public void A_removed_span_keeps_its_text_and_an_event_handler_is_removed()
    {
        var (html, diagnostics) = Render("Some <span class=\"x\">kept text</span> and <mark onclick=\"x()\">marked</mark>.\n");

        Assert.Equal([
            "content/articles/a.md:10:6: warning: removed <span> (its content stays): only the HTML listed in docs/INLINE-HTML.md is kept",
            "content/articles/a.md:10:49: warning: removed onclick=\"x()\" from <mark>: event handlers would run scripts",
        ], diagnostics);
        Assert.Equal("<p>Some kept text and <mark>marked</mark>.</p>\n", html);
    }

    [Fact]
    public void An_image_without_alt_text_is_an_error()
    {
        var (_, diagnostics) = Render("First.\n\nSee <img src=\"/media/a.png\">.\n");

        Assert.Equal(["content/articles/a.md:12:5: error: the image has no alt text: add alt=\"…\" saying what it shows, for readers who cannot see it"], diagnostics);
    }

    [Fact]
    public void A_script_link_in_raw_html_is_refused_like_a_markdown_link()
    {
        var (html, diagnostics) = Render("A <a href=\"javascript:alert(1)\">link</a>.\n");

        Assert.Equal(["content/articles/a.md:10:6: error: link target 'javascript:alert(1)' is not allowed: use http(s), mailto or a site path such as /articles/slug/"], diagnostics);
        Assert.DoesNotContain("javascript", html);
    }

    [Fact]
    public void Raw_links_and_images_are_checked_and_rewritten_like_markdown_ones()
    {
        var (html, diagnostics) = Render("<a href=\"/articles/other\">other</a> <a href=\"/articles/othr/\">gone</a> <img alt=\"x\" src=\"../../media/a.png\">\n");

        Assert.Equal(["content/articles/a.md:10:40: error: link to '/articles/othr/', which is not a page or file of this site (did you mean '/articles/other/'?)"], diagnostics);
        Assert.Contains("<a href=\"/reports/articles/other/\">other</a>", html);
        Assert.Contains("src=\"/reports/media/a.png\"", html);
    }

    [Fact]
    public void Task_lists_and_strikethrough_render_as_on_github()
    {
        var (html, diagnostics) = Render("- [x] done\n- [ ] open\n\n~~struck~~\n");

        Assert.Empty(diagnostics);
        Assert.Contains("disabled=\"disabled\"", html);
        Assert.Contains("checked=\"checked\"", html);
        Assert.Contains("<del>struck</del>", html);
    }

    [Fact]
    public void Www_addresses_become_https_links_and_other_schemes_stay_text()
    {
        var (html, diagnostics) = Render("Visit www.dailynk.com or ftp://files.example.org/x.\n");

        Assert.Empty(diagnostics);
        Assert.Contains("<a href=\"https://www.dailynk.com\">www.dailynk.com</a>", html);
        Assert.Contains("ftp://files.example.org/x", html);
        Assert.DoesNotContain("href=\"ftp", html);
    }

    [Fact]
    public void A_relative_image_resolves_against_the_page_and_a_missing_one_suggests_the_media_file()
    {
        var (html, diagnostics) = Render("![chart](chart.png)\n\n![numbers](assets/blog/numbers.png)\n");

        Assert.Equal(["content/articles/a.md:12:1: error: image to 'assets/blog/numbers.png' (from this page: /articles/a/assets/blog/numbers.png), which is not a page or file of this site (did you mean '/media/blog/numbers.png'?)"], diagnostics);
        Assert.Contains("src=\"/reports/articles/a/chart.png\"", html);
    }
}
