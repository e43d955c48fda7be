using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StaticSite.Output;

namespace StaticSite.Tests.Browser;

/// <summary>A tiny Kestrel server on 127.0.0.1 (free port) that serves a built site from memory under its base path with the site's Content-Security-Policy header, as a host that reads <c>_headers</c> would (or without it, as GitHub Pages does, leaving each page's own <c>&lt;meta&gt;</c> policy alone in force), plus checker scripts under <see cref="ChecksPrefix"/>.</summary>
internal sealed class StaticServer : IAsyncDisposable
{
    /// <summary>Where the checker scripts (such as axe-core) are served, outside the site, from the same origin so the policy allows them.</summary>
    public const string ChecksPrefix = "/__checks/";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly WebApplication _app;

    private StaticServer(WebApplication app) => _app = app;

    /// <summary>The server's origin, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Origin { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The address of a site path (relative to the base path).</summary>
    public Uri Page(string path) => new(Origin, BrowserSite.BasePath + path);

    /// <summary>Starts serving <paramref name="site"/> under <paramref name="basePath"/>; <paramref name="checks"/> maps a file name under <see cref="ChecksPrefix"/> to a file on disk.</summary>
    public static async Task<StaticServer> StartAsync(OutputSet site, string basePath, IReadOnlyDictionary<string, string> checks, bool policyHeader = true)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(context => ServeAsync(context, site, basePath, checks, policyHeader));
        await app.StartAsync();
        var server = new StaticServer(app);
        server.Origin = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return server;
    }

    private static async Task ServeAsync(HttpContext context, OutputSet site, string basePath, IReadOnlyDictionary<string, string> checks, bool policyHeader)
    {
        var path = context.Request.Path.Value ?? "/";
        var response = context.Response;
        if (path.StartsWith(ChecksPrefix, StringComparison.Ordinal) && checks.TryGetValue(path[ChecksPrefix.Length..], out var file))
        {
            response.ContentType = "text/javascript; charset=utf-8";
            await response.SendFileAsync(file);
            return;
        }

        if (policyHeader) response.Headers.ContentSecurityPolicy = SecurityHeaders.ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        var relative = path.StartsWith(basePath, StringComparison.Ordinal) ? Uri.UnescapeDataString(path[basePath.Length..]) : null;
        if (relative is not null && (relative.Length == 0 || relative.EndsWith('/'))) relative += "index.html";
        var found = relative is null ? null : site.Get(relative);
        if (found is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            found = site.Get("404.html");
            if (found is null) return;
        }

        var bytes = found.ReadBytes();
        response.ContentType = found.Path.EndsWith(".html", StringComparison.Ordinal) ? "text/html; charset=utf-8"
            : ContentTypes.TryGetContentType(found.Path, out var type) ? type : "application/octet-stream";
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
