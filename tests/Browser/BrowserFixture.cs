using Microsoft.Playwright;
using StaticSite.Pipeline;

namespace StaticSite.Tests.Browser;

/// <summary>Shared by the browser checks: the site built once, served once, and one Chromium started on first use.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly SemaphoreSlim _launching = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The built site.</summary>
    internal BuildResult Site { get; } = BrowserSite.Build();

    /// <summary>The server showing it.</summary>
    internal StaticServer Server { get; private set; } = null!;

    /// <summary>A server showing it without the policy header, as GitHub Pages would: only each page's own <c>&lt;meta&gt;</c> policy holds.</summary>
    internal StaticServer MetaOnlyServer { get; private set; } = null!;

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        var checks = new Dictionary<string, string> { ["axe.min.js"] = BrowserEnvironment.AxeScript };
        Server = await StaticServer.StartAsync(Site.Output!, BrowserSite.BasePath, checks);
        MetaOnlyServer = await StaticServer.StartAsync(Site.Output!, BrowserSite.BasePath, checks, policyHeader: false);
    }

    /// <summary>Debian's Chromium, headless, started on first use.</summary>
    public async Task<IBrowser> BrowserAsync()
    {
        await _launching.WaitAsync();
        try
        {
            _playwright ??= await Playwright.CreateAsync();
            return _browser ??= await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = BrowserEnvironment.ChromiumPath, Args = BrowserEnvironment.ChromiumArgs, Headless = true });
        }
        finally
        {
            _launching.Release();
        }
    }

    /// <summary>A fresh page in its own context (light scheme unless told otherwise) that records script errors and policy violations.</summary>
    internal async Task<BrowserPage> OpenAsync(ColorScheme scheme = ColorScheme.Light, bool javaScript = true, int width = 1280, bool metaPolicyOnly = false)
    {
        var browser = await BrowserAsync();
        var context = await browser.NewContextAsync(new() { ColorScheme = scheme, JavaScriptEnabled = javaScript, ViewportSize = new() { Width = width, Height = 900 } });
        var page = await context.NewPageAsync();
        return new BrowserPage(context, page, metaPolicyOnly ? MetaOnlyServer : Server);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (Server is not null) await Server.DisposeAsync();
        if (MetaOnlyServer is not null) await MetaOnlyServer.DisposeAsync();
        _launching.Dispose();
    }
}
