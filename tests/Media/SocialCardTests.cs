using AngleSharp.Html.Parser;
using SkiaSharp;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Media;

public class SocialCardTests
{
    [Fact]
    public void An_article_without_a_photo_gets_a_1200_by_630_card_that_changes_with_its_title()
    {
        MissingTool.SkipIfMissing(MissingTool.CardFontMissing);
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("북한, 개인 동영상 공유 금지 — a Korean title wrapped over several lines of the card");
        var first = TestSite.Build(files).Output!.Get("articles/a/card.png")!.ReadBytes();
        files["articles/a.md"] = TestSite.Article("Another title");
        var second = TestSite.Build(files).Output!.Get("articles/a/card.png")!.ReadBytes();

        using var codec = SKCodec.Create(SKData.CreateCopy(first));
        Assert.Equal((SKEncodedImageFormat.Png, 1200, 630), (codec.EncodedFormat, codec.Info.Width, codec.Info.Height));
        Assert.False(first.AsSpan().SequenceEqual(second));
    }

    [Fact]
    public void Without_a_font_the_build_warns_once_and_every_page_is_shared_with_the_site_image()
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("One");
        files["articles/b.md"] = TestSite.Article("Two");
        var result = TestSite.Build(files, new BuildOptions { CardFonts = ["/nonexistent/font.ttc"] });

        var warning = Assert.Single(result.Diagnostics, d => d.Message.StartsWith("no font for social cards", StringComparison.Ordinal));
        Assert.Equal("content/site.yml", warning.Location.Path);
        Assert.DoesNotContain(result.Paths(), p => p.EndsWith("card.png", StringComparison.Ordinal) && p.StartsWith("articles/", StringComparison.Ordinal));
        var og = new HtmlParser().ParseDocument(result.Text("articles/a/index.html"))
            .QuerySelector("meta[property='og:image']")!.GetAttribute("content");
        Assert.Equal("https://example.org/reports/media/_cards/site.png", og);
        Assert.Contains("media/_cards/site.png", result.Paths());
    }

    [Fact]
    public void Without_article_cards_in_site_yml_no_card_is_drawn_and_articles_are_shared_with_the_site_card_silently()
    {
        var files = TestSite.Basics();
        files["site.yml"] = files["site.yml"].Replace("article_cards: true\n", "", StringComparison.Ordinal);
        files["articles/a.md"] = TestSite.Article("One");

        var result = TestSite.Build(files, new BuildOptions { CardFonts = ["/nonexistent/font.ttc"] });

        Assert.DoesNotContain(result.Diagnostics, d => d.Message.StartsWith("no font", StringComparison.Ordinal));
        Assert.DoesNotContain("articles/a/card.png", result.Paths());
        var og = new HtmlParser().ParseDocument(result.Text("articles/a/index.html"))
            .QuerySelector("meta[property='og:image']")!.GetAttribute("content");
        Assert.Equal("https://example.org/reports/media/_cards/site.png", og);
    }

    [Fact]
    public void Every_page_kind_has_an_absolute_og_image_of_a_file_the_site_publishes_with_its_size_and_alt()
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("With a photo", extra: "image:\n  src: /media/p.jpg\n  alt: A street\n  credit: Daily NK\n");
        files["articles/b.md"] = TestSite.Article("Without a photo");
        files["site.yml"] += "image: /media/site.jpg\nlogo: /media/logo.png\n";
        var result = TestSite.Build(files, new Dictionary<string, byte[]>
        {
            ["media/p.jpg"] = TestPhotos.Jpeg(1600, 1200),
            ["media/site.jpg"] = TestPhotos.Jpeg(1400, 900, seed: 2),
            ["media/logo.png"] = TestPhotos.Png(300, 300, transparent: true),
        });

        Assert.Empty(result.Errors());
        var pages = result.Paths().Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.Contains("404.html", pages);
        Assert.Contains("search/index.html", pages);
        foreach (var page in pages)
        {
            var document = new HtmlParser().ParseDocument(result.Text(page));
            string Meta(string key) => document.QuerySelector($"meta[property='{key}'], meta[name='{key}']")?.GetAttribute("content") ?? "";
            var url = Meta("og:image");
            Assert.StartsWith("https://example.org/reports/", url, StringComparison.Ordinal);
            Assert.Contains(url["https://example.org/reports/".Length..], result.Paths());
            Assert.True(int.Parse(Meta("og:image:width")) > 0 && int.Parse(Meta("og:image:height")) > 0, page);
            Assert.NotEmpty(Meta("og:image:alt"));
            Assert.Equal("summary_large_image", Meta("twitter:card"));
        }

        var home = new HtmlParser().ParseDocument(result.Text("index.html"));
        Assert.Equal("https://example.org/reports/media/_v/site-jpg-1200x675.jpg", home.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        Assert.Contains("\"logo\":{\"@type\":\"ImageObject\",\"url\":\"https://example.org/reports/media/_v/logo-png-300.png\",\"width\":300,\"height\":300}",
            result.Text("articles/a/index.html"), StringComparison.Ordinal);
    }
}
