using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class RedirectPageTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task An_old_address_of_a_moved_article_brings_the_reader_to_the_article()
    {
        MissingTool.SkipIfMissing(BrowserEnvironment.BrowserMissing);
        await using var tab = await fixture.OpenAsync();
        var article = new Regex(Regex.Escape(BrowserSite.BasePath + BrowserSite.PageKinds[2].Path) + "$");

        var response = await tab.Page.GotoAsync(fixture.Server.Page(BrowserSite.OldAddress).ToString(), new() { WaitUntil = WaitUntilState.Commit });
        Assert.Equal(200, response?.Status);
        for (var waited = 0; !article.IsMatch(tab.Page.Url) && waited < 30_000; waited += 100) await Task.Delay(100, TestContext.Current.CancellationToken);

        Assert.Matches(article, tab.Page.Url);
        await Assertions.Expect(tab.Page.Locator("h1")).ToHaveTextAsync(BrowserSite.ArticleTitle, new() { Timeout = 15_000 });
        Assert.True(tab.Problems.IsEmpty, string.Join("\n", tab.Problems));
    }

    [Fact]
    public async Task The_redirect_page_itself_has_no_axe_violations()
    {
        MissingTool.SkipIfMissing(BrowserEnvironment.BrowserMissing);
        await using var tab = await fixture.OpenAsync();
        var html = TestSite.Text(fixture.Site, BrowserSite.FileOf(BrowserSite.OldAddress));
        Assert.Contains("http-equiv=\"refresh\"", html);
        await tab.Page.RouteAsync("**/" + BrowserSite.OldAddress, route => route.FulfillAsync(new()
        {
            Status = 200, ContentType = "text/html; charset=utf-8",
            Body = html.Replace("http-equiv=\"refresh\"", "data-refresh-kept-for-the-check=\"\"", StringComparison.Ordinal),
        }));

        await tab.GoAsync(BrowserSite.OldAddress);
        var violations = await tab.AxeViolationsAsync();

        BrowserEnvironment.Report(output, $"axe-core violations on the redirect page (its refresh held back): {violations.Count}");
        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }
}
