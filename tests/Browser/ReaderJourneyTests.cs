using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ReaderJourneyTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private static Regex Ends(string path) => new(Regex.Escape(BrowserSite.BasePath + path) + "$");

    /// <summary>Checks the link's target, then clicks it and waits for that page; a click that a busy machine's Chromium drops before it navigates is tried once more (and said so), since the link itself was already checked.</summary>
    private async Task FollowAsync(IPage page, ILocator link, string path)
    {
        var href = await link.GetAttributeAsync("href");
        Assert.True(href is not null && href.EndsWith(BrowserSite.BasePath + path, StringComparison.Ordinal), $"the link goes to '{href}', not to {path}");
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await Task.WhenAll(page.WaitForURLAsync(Ends(path), new() { Timeout = 10_000 }), link.ClickAsync());
                return;
            }
            catch (TimeoutException) when (attempt == 1 && !page.Url.EndsWith(path, StringComparison.Ordinal))
            {
                output.WriteLine($"the click on {href} did not navigate within 10 s; clicking again");
            }
        }
    }

    [Fact]
    public async Task A_reader_goes_from_home_to_an_article_its_source_topic_translator_and_finds_it_again_by_search()
    {
        MissingTool.SkipIfMissing(BrowserEnvironment.BrowserMissing);
        await using var tab = await fixture.OpenAsync();
        var page = tab.Page;
        await tab.GoAsync("");

        output.WriteLine("step: home → article");
        await FollowAsync(page, page.GetByRole(AriaRole.Link, new() { Name = BrowserSite.ArticleTitle, Exact = true }), "articles/private-video-ban/");
        Assert.Equal(BrowserSite.ArticleTitle, await page.Locator("h1").InnerTextAsync());
        Assert.Equal("북한, 개인 영상 유포 금지…결혼식 영상도 처벌", await page.Locator(".provenance [lang=ko]").InnerTextAsync());

        output.WriteLine("step: article → source");
        await FollowAsync(page, page.Locator(".provenance dd a", new() { HasText = "Daily NK" }), "sources/daily-nk/");
        Assert.Equal("Daily NK", await page.Locator("h1").InnerTextAsync());
        await page.GoBackAsync();

        output.WriteLine("step: article → topic");
        await FollowAsync(page, page.Locator(".kicker a", new() { HasText = "Censorship" }), "topics/censorship/");
        Assert.Equal("Censorship", await page.Locator("h1").InnerTextAsync());
        await page.GoBackAsync();

        output.WriteLine("step: article → translator");
        await FollowAsync(page, page.Locator(".byline a", new() { HasText = "Jieun Baek" }), "translators/jieun-baek/");
        Assert.Contains("Jieun Baek", await page.Locator("h1").InnerTextAsync());

        output.WriteLine("step: translator → search");
        await FollowAsync(page, page.Locator(".site-header nav a", new() { HasText = "Search" }), "search/");
        output.WriteLine("step: search for wedding video");
        await page.GetByLabel("Search the reports").FillAsync("wedding video");
        var result = page.Locator(".search-results a", new() { HasText = BrowserSite.ArticleTitle });
        await result.WaitForAsync(new() { Timeout = 10_000 });
        Assert.Matches(@"^(1 result|([02-9]|\d{2,}) results) for “wedding video”$", await page.Locator(".search-status").InnerTextAsync());

        output.WriteLine("step: search for the Korean title");
        await page.GetByLabel("Search the reports").FillAsync("결혼식 영상");
        await page.Locator(".search-status", new() { HasText = "결혼식 영상" }).WaitForAsync(new() { Timeout = 10_000 });
        Assert.Equal(BrowserSite.ArticleTitle, await page.Locator(".search-results a").First.InnerTextAsync());

        output.WriteLine("step: search result → article");
        await FollowAsync(page, page.Locator(".search-results a").First, "articles/private-video-ban/");
        Assert.True(tab.Problems.Count == 0, string.Join('\n', tab.Problems));
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task An_article_with_a_photo_loads_a_file_fit_for_the_screen_and_keeps_its_place(int width)
    {
        MissingTool.SkipIfMissing(BrowserEnvironment.BrowserMissing);
        await using var tab = await fixture.OpenAsync(width: width);

        await tab.GoAsync("ko/articles/private-video-ban-ko/");
        var image = tab.Page.Locator("figure.lead-image img");
        await tab.Page.WaitForFunctionAsync("() => document.querySelector('figure.lead-image img').complete");
        var chosen = await image.EvaluateAsync<string>("img => img.currentSrc");
        var box = await image.BoundingBoxAsync();
        var folder = Path.Combine(Repo.Root, "tests", "Browser", "screenshots");
        Directory.CreateDirectory(folder);
        await tab.Page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"test-article-photo-{width}.png"), FullPage = true });

        Assert.True(tab.Problems.Count == 0, string.Join('\n', tab.Problems));
        Assert.EndsWith(width == 390 ? "-480.webp" : "-960.webp", chosen, StringComparison.Ordinal);
        Assert.NotNull(box);
        Assert.InRange(box.Width, width == 390 ? 340 : 700, width == 390 ? 360 : 740);
        Assert.InRange(box.Height / box.Width, 0.66, 0.68);
    }

    [Fact]
    public async Task The_article_page_loads_without_errors_and_its_weight_is_printed()
    {
        MissingTool.SkipIfMissing(BrowserEnvironment.BrowserMissing);
        await using var tab = await fixture.OpenAsync();

        await tab.GoAsync(BrowserSite.PageKinds[2].Path);
        var image = tab.Page.Locator("figure img");
        await image.ScrollIntoViewIfNeededAsync();
        await tab.Page.WaitForFunctionAsync("() => document.querySelector('figure img').complete");

        var (code, all) = await tab.WeightAsync();
        var line = string.Create(CultureInfo.InvariantCulture, $"article page weight: {code} bytes of HTML+CSS+JS ({all} bytes with the image), uncompressed");
        BrowserEnvironment.Report(output, line);
        Assert.True(tab.Problems.Count == 0, string.Join('\n', tab.Problems));
        Assert.InRange(code, 1, 100_000);
        Assert.True(await image.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the lead image did not load");
    }

    [Fact]
    public async Task With_JavaScript_off_the_search_page_says_so_and_offers_topics_and_sources()
    {
        MissingTool.SkipIfMissing(BrowserEnvironment.BrowserMissing);
        await using var tab = await fixture.OpenAsync(javaScript: false);

        await tab.GoAsync("search/");

        Assert.True(await tab.Page.Locator(".search-noscript").IsVisibleAsync(), "the page does not say search needs JavaScript");
        Assert.True(await tab.Page.Locator(".search-noscript a", new() { HasText = "Topics" }).IsVisibleAsync());
    }
}
