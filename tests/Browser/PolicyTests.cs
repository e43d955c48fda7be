using StaticSite.Tests.Support;

namespace StaticSite.Tests.Browser;

/// <summary>The Content-Security-Policy that travels with the page: served without the header (as GitHub Pages serves it), every page kind still loads and works with nothing refused, and the page's own <c>&lt;meta&gt;</c> policy is really in force.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PolicyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Every_page_kind_works_under_its_meta_policy_alone_with_nothing_refused()
    {
        MissingTool.SkipIfMissing(BrowserEnvironment.BrowserMissing);
        var found = new List<string>();
        foreach (var (kind, path) in BrowserSite.PageKinds)
        {
            await using var tab = await fixture.OpenAsync(metaPolicyOnly: true);
            await tab.GoAsync(path);
            if (kind == "search results") await tab.Page.Locator(".search-results a").First.WaitForAsync(new() { Timeout = 10_000 });
            found.AddRange(tab.Problems.Select(p => $"{kind} (/{path}): {p}"));
        }

        Assert.True(found.Count == 0, string.Join('\n', found));
    }

    [Fact]
    public async Task Without_the_header_the_pages_meta_policy_still_refuses_an_inline_script()
    {
        MissingTool.SkipIfMissing(BrowserEnvironment.BrowserMissing);
        await using var tab = await fixture.OpenAsync(metaPolicyOnly: true);
        await tab.GoAsync("articles/private-video-ban/");

        var outcome = await tab.Page.EvaluateAsync<string>("""
            () => new Promise(resolve => {
              document.addEventListener('securitypolicyviolation', e => resolve('refused by ' + e.effectiveDirective), { once: true });
              const script = document.createElement('script');
              script.textContent = 'window.__injected = true';
              document.head.appendChild(script);
              setTimeout(() => resolve(window.__injected ? 'ran' : 'neither ran nor refused'), 3000);
            })
            """);

        Assert.Equal("refused by script-src-elem", outcome);
        Assert.False(await tab.Page.EvaluateAsync<bool>("() => window.__injected === true"));
    }
}
