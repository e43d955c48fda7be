using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace StaticSite.Tests.Browser;

/// <summary>One page in its own browser context, with what went wrong on it so far (script errors, console errors such as Content-Security-Policy refusals, failed requests) and the bytes it loaded.</summary>
internal sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly StaticServer _server;
    private readonly List<IResponse> _responses = [];

    /// <summary>Opens the page and starts recording.</summary>
    public BrowserPage(IBrowserContext context, IPage page, StaticServer server)
    {
        _context = context;
        _server = server;
        Page = page;
        page.PageError += (_, error) => Problems.Enqueue("script error: " + error);
        page.Console += (_, message) => { if (message.Type == "error") Problems.Enqueue($"console error on {page.Url}: {message.Text}"); };
        page.RequestFailed += (_, request) => Problems.Enqueue($"request failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400) Problems.Enqueue($"{response.Url} answered {response.Status} on {page.Url}");
            lock (_responses) _responses.Add(response);
        };
    }

    /// <summary>The Playwright page.</summary>
    public IPage Page { get; }

    /// <summary>Script errors, console errors and failed requests seen so far.</summary>
    public ConcurrentQueue<string> Problems { get; } = new();

    /// <summary>Goes to a site path and waits for the page and its resources to load; fails on any status but 200.</summary>
    public async Task GoAsync(string path)
    {
        var response = await Page.GotoAsync(_server.Page(path).ToString(), new() { WaitUntil = WaitUntilState.Load });
        Assert.True(response is { Status: 200 }, $"{path} answered {response?.Status}");
    }

    /// <summary>Forgets the responses seen so far, so <see cref="WeightAsync"/> counts only what follows.</summary>
    public void ResetWeight()
    {
        lock (_responses) _responses.Clear();
    }

    /// <summary>Bytes of HTML, CSS and JavaScript (and, separately, everything) the page received since the last reset, checker scripts excluded.</summary>
    public async Task<(long Code, long All)> WeightAsync()
    {
        List<IResponse> responses;
        lock (_responses) responses = [.. _responses];
        long code = 0, all = 0;
        foreach (var response in responses.Where(r => !new Uri(r.Url).AbsolutePath.StartsWith(StaticServer.ChecksPrefix, StringComparison.Ordinal)))
        {
            var length = (await response.BodyAsync()).Length;
            all += length;
            if (response.Request.ResourceType is "document" or "stylesheet" or "script") code += length;
        }

        return (code, all);
    }

    /// <summary>Runs axe-core (served from the test server, so the page's policy allows it) on the page and returns its violations as readable lines.</summary>
    public async Task<IReadOnlyList<string>> AxeViolationsAsync()
    {
        await Page.AddScriptTagAsync(new() { Url = new Uri(_server.Origin, StaticServer.ChecksPrefix + "axe.min.js").ToString() });
        return await Page.EvaluateAsync<string[]>("""
            async () => {
              const results = await axe.run(document, { resultTypes: ['violations'] });
              return results.violations.flatMap(v => v.nodes.map(n =>
                `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`));
            }
            """);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
