using System.Globalization;
using Microsoft.Playwright;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private void Print(string line) => BrowserEnvironment.Report(output, line);

    [Fact]
    public async Task Axe_finds_no_violations_on_any_page_kind_in_the_light_or_dark_scheme()
    {
        MissingTool.SkipIfMissing(BrowserEnvironment.BrowserMissing);
        var found = new List<string>();
        Print("axe-core violations per page kind (light / dark):");
        foreach (var (kind, path) in BrowserSite.PageKinds)
        {
            var counts = new List<int>();
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                await using var page = await fixture.OpenAsync(scheme);
                await page.GoAsync(path);
                var violations = await page.AxeViolationsAsync();
                counts.Add(violations.Count);
                found.AddRange(violations.Select(v => $"{kind} ({scheme}, /{path}): {v}"));
                found.AddRange(page.Problems.Select(p => $"{kind} ({scheme}, /{path}): {p}"));
            }

            Print(string.Create(CultureInfo.InvariantCulture, $"  {kind,-16} {counts[0]} / {counts[1]}"));
        }

        Assert.True(found.Count == 0, string.Join('\n', found));
    }

    [Fact]
    public async Task The_skip_link_is_the_first_thing_Tab_reaches_and_it_moves_to_the_main_content()
    {
        MissingTool.SkipIfMissing(BrowserEnvironment.BrowserMissing);
        foreach (var (kind, path) in BrowserSite.PageKinds)
        {
            await using var page = await fixture.OpenAsync();
            await page.GoAsync(path);

            await page.Page.Keyboard.PressAsync("Tab");
            var focused = await page.Page.EvaluateAsync<string[]>("() => { const e = document.activeElement; const r = e.getBoundingClientRect(); return [e.className, e.getAttribute('href') ?? '', String(r.top >= 0 && r.left >= 0 && r.right <= innerWidth && r.width > 0)]; }");
            Assert.True(focused[0] == "skip-link", $"{kind}: the first Tab stop is '{focused[0]}', not the skip link");
            Assert.Equal("#main", focused[1]);
            Assert.True(focused[2] == "true", $"{kind}: the focused skip link is not on screen");
            Assert.Equal(1, await page.Page.Locator("main#main").CountAsync());

            await page.Page.Keyboard.PressAsync("Enter");
            await page.Page.Keyboard.PressAsync("Tab");
            var inMain = await page.Page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)");
            Assert.True(inMain, $"{kind}: after following the skip link, Tab does not reach the main content");
        }
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Keyboard_focus_is_visible_on_every_link_and_control_reached_by_Tab(ColorScheme scheme)
    {
        MissingTool.SkipIfMissing(BrowserEnvironment.BrowserMissing);
        var invisible = new List<string>();
        foreach (var (kind, path) in new[] { BrowserSite.PageKinds[0], BrowserSite.PageKinds[2], BrowserSite.PageKinds[9] })
        {
            await using var page = await fixture.OpenAsync(scheme);
            await page.GoAsync(path);
            var stops = await page.Page.EvaluateAsync<int>("() => document.querySelectorAll('a[href], button, input, select, textarea').length");
            for (var i = 0; i < stops; i++)
            {
                await page.Page.Keyboard.PressAsync("Tab");
                var style = await page.Page.EvaluateAsync<string[]>("""
                    () => {
                      const e = document.activeElement;
                      const s = getComputedStyle(e);
                      return [e.tagName + ' ' + (e.textContent || e.getAttribute('name') || '').trim().slice(0, 40), s.outlineStyle, s.outlineWidth, s.boxShadow];
                    }
                    """);
                if (style[0].StartsWith("BODY", StringComparison.Ordinal)) break;
                var outline = style[1] != "none" && style[2] != "0px";
                if (!outline && style[3] == "none") invisible.Add($"{kind} ({scheme}): no focus indicator on {style[0]}");
            }
        }

        Assert.True(invisible.Count == 0, string.Join('\n', invisible));
    }

    [Fact]
    public async Task The_print_stylesheet_hides_navigation_and_prints_black_on_white()
    {
        MissingTool.SkipIfMissing(BrowserEnvironment.BrowserMissing);
        await using var page = await fixture.OpenAsync(ColorScheme.Dark);
        await page.GoAsync(BrowserSite.PageKinds[2].Path);
        Assert.True(await page.Page.Locator(".site-header nav").First.IsVisibleAsync(), "the navigation is not visible on screen");

        await page.Page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });

        Assert.False(await page.Page.Locator(".site-header nav").First.IsVisibleAsync(), "the navigation is printed");
        Assert.False(await page.Page.Locator(".site-footer").IsVisibleAsync(), "the footer is printed");
        Assert.True(await page.Page.Locator("h1.article-title").IsVisibleAsync());
        var colors = await page.Page.EvaluateAsync<string[]>("() => [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor]");
        Assert.Equal(["rgb(0, 0, 0)", "rgb(255, 255, 255)"], colors);
    }
}
