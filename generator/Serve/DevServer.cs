using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StaticSite.Diagnostics;
using StaticSite.Output;
using StaticSite.Pipeline;

namespace StaticSite.Serve;

/// <summary>The <c>serve</c> web server (Kestrel): serves the in-memory site under its base path, rebuilds on changes
/// in content/ and templates/, and live-reloads open pages over server-sent events. It is as strict as the published
/// site: every response carries the headers of the site's <c>_headers</c> file (the reload script it injects is a file
/// of its own origin, which the policy's <c>script-src 'self'</c> already allows, so the policy needs no exception),
/// and it answers only requests addressed to it by its own address or <c>localhost</c>, so a web page that rebinds its
/// DNS name to 127.0.0.1 cannot read the preview (421 otherwise).</summary>
internal sealed class DevServer : IAsyncDisposable
{
    /// <summary>Where the server's own files live, outside any site path.</summary>
    public const string ReservedPrefix = "/__staticsite/";

    private static readonly byte[] ReloadScript = LoadScript();
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly LiveSite _site;
    private readonly ReloadHub _hub = new();
    private readonly IPAddress _listening;
    private int _port;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly WebApplication _app;
    private readonly SemaphoreSlim _rebuildSignal = new(0);
    private readonly CancellationTokenSource _stopping = new();
    private ChangeWatcher? _watcher;
    private Task _rebuilds = Task.CompletedTask;
    private CancellationTokenSource _superseded = new();

    private DevServer(BuildOptions options, WebApplication app, IPAddress listening, TextWriter stdout,
        TextWriter stderr)
    {
        _site = new LiveSite(options);
        _listening = listening;
        _app = app;
        _stdout = stdout;
        _stderr = stderr;
    }

    /// <summary>Whether each rebuild line also lists the time of every stage.</summary>
    public bool Timings { get; set; }

    /// <summary>The address of the site's home page, including the base path.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Builds the site, starts listening on <paramref name="address"/>:<paramref name="port"/> (0 picks a free
    /// port) and starts watching for changes.</summary>
    public static async Task<DevServer> StartAsync(
        BuildOptions options, IPAddress address, int port, TimeSpan quiet, TextWriter stdout, TextWriter stderr)
    {
        // Rebuilds keep every pool thread busy with parallel loops; without spare threads, file-change events and page
        // requests would wait for the pool to grow (about half a second per thread).
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 4 * Environment.ProcessorCount + 4), io);
        var builder = WebApplication.CreateSlimBuilder(
            new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(address, port));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        var server = new DevServer(options, app, address, stdout, stderr);
        app.Run(server.HandleAsync);

        server.Rebuild(initial: true);
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        var bound = addresses.Addresses.First();
        server._port = new Uri(bound.Replace("[::]", "localhost", StringComparison.Ordinal)).Port;
        server.Address = new Uri(new Uri(bound.Replace("[::]", "localhost", StringComparison.Ordinal)),
            server._site.Current.BasePath);
        server._rebuilds = Task.Factory.StartNew(
            server.RebuildLoop, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        server._watcher = new ChangeWatcher([options.ContentDir, options.TemplatesDir], quiet, server.OnChanged);
        return server;
    }

    /// <summary>Completes when the server stops (Ctrl+C or SIGTERM).</summary>
    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    private void OnChanged(IReadOnlyCollection<string>? paths)
    {
        var change = _site.Changed();
        try
        {
            Volatile.Read(ref _superseded).Cancel();
        }
        catch (ObjectDisposedException)
        {
        }

        if (paths is not null)
        {
            var (snapshot, pages, elapsed) = _site.Preview(paths, change);
            if (pages.Count > 0)
            {
                var ms = elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
                _stdout.WriteLine($"previewed {string.Join(", ", pages.Select(p => "/" + p))} in {ms} ms; rebuilding " +
                    $"the rest");
                _hub.Broadcast(ReloadHub.Event("reload", snapshot.Version.ToString(CultureInfo.InvariantCulture)));
            }
        }

        _rebuildSignal.Release();
    }

    private void RebuildLoop()
    {
        try
        {
            while (true)
            {
                _rebuildSignal.Wait(_stopping.Token);
                while (_rebuildSignal.Wait(0))
                {
                }

                using var superseded = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
                Volatile.Write(ref _superseded, superseded);
                if (_rebuildSignal.CurrentCount > 0) continue;
                Rebuild(initial: false, superseded.Token);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void Rebuild(bool initial, CancellationToken cancellation = default)
    {
        if (_site.Rebuild(cancellation) is not var (snapshot, result, elapsed))
        {
            if (Timings) _stdout.WriteLine("rebuild stopped: a newer change came in");
            return;
        }

        var diagnostics = result.Diagnostics;
        var errors = Plural.Of(snapshot.Errors.Count, "error");
        var ms = elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        if (snapshot.Failed)
        {
            DiagnosticPrinter.Print(diagnostics.Where(d => d.Severity == Severity.Error), _stderr);
            _stderr.WriteLine(snapshot.Site is null
                ? $"build failed in {ms} ms: {errors}; pages show them until they are fixed"
                : $"build failed in {ms} ms: {errors}; still serving the last good version");
            _hub.Broadcast(ReloadHub.Event("failed", DiagnosticPrinter.Json(snapshot.Errors)));
            return;
        }

        if (initial) DiagnosticPrinter.Print(diagnostics, _stderr);
        var pages = snapshot.Site!.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
        var stages = Timings ? " (" + string.Join(
            ", ", result.Timings.Select(t =>
                string.Create(CultureInfo.InvariantCulture, $"{t.Step} {t.Elapsed.TotalMilliseconds:0}"))) + ")" : "";
        _stdout.WriteLine($"{(initial ? "built" : "rebuilt")} {pages} pages in {ms} ms{stages}");
        _hub.Broadcast(ReloadHub.Event("reload", snapshot.Version.ToString(CultureInfo.InvariantCulture)));
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        foreach (var (name, value) in SecurityHeaders.PageHeaders) response.Headers[name] = value;
        if (!HostAllowed(request.Host))
        {
            response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync($"this preview answers only to {_listening}:{_port} and localhost:{_port}\n",
                context.RequestAborted);
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        var path = request.Path.Value ?? "/";
        if (path == ReservedPrefix + "reload.js")
        {
            response.ContentType = "text/javascript; charset=utf-8";
            await response.Body.WriteAsync(ReloadScript, context.RequestAborted);
            return;
        }

        if (path == ReservedPrefix + "events")
        {
            await StreamEventsAsync(context);
            return;
        }

        await ServeSiteAsync(context, path);
    }

    /// <summary>Whether a request's <c>Host</c> names this server: <c>localhost</c> or the address it listens on (any
    /// IP address when it listens on all of them, never a DNS name), with the port it listens on.</summary>
    private bool HostAllowed(HostString host)
    {
        if (!host.HasValue || (host.Port ?? 80) != _port) return false;
        var name = host.Host;
        if (name.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        if (!IPAddress.TryParse(name.Trim('[', ']'), out var address)) return false;
        return _listening.Equals(IPAddress.Any) || _listening.Equals(IPAddress.IPv6Any) || address.Equals(_listening)
            || IPAddress.IsLoopback(address) && IPAddress.IsLoopback(_listening);
    }

    /// <summary>Answers a request for a page or file of the site, or the not-found page; the latest preview
    /// wins.</summary>
    private async Task ServeSiteAsync(HttpContext context, string path)
    {
        var request = context.Request;
        var response = context.Response;
        var snapshot = _site.Current;
        var basePath = snapshot.BasePath;
        if (path == "/" && basePath != "/" || path + "/" == basePath)
        {
            response.Redirect(basePath);
            return;
        }

        if (snapshot.Site is null)
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await WriteHtmlAsync(context, Encoding.UTF8.GetBytes(ErrorPage(snapshot.Errors)));
            return;
        }

        var file = path.StartsWith(basePath, StringComparison.Ordinal)
            ? Uri.UnescapeDataString(path[basePath.Length..]) : null;
        if (file is not null && (file.Length == 0 || file.EndsWith('/'))) file += "index.html";
        if (file is not null && !snapshot.Contains(file) && snapshot.Contains(file + "/index.html"))
        {
            response.Redirect(path + "/" + request.QueryString);
            return;
        }

        var found = file is null ? null : snapshot.Get(file);
        if (found is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            found = snapshot.Get("404.html");
            if (found is null) return;
        }

        var bytes = found.ReadBytes();
        if (found.Path.EndsWith(".html", StringComparison.Ordinal))
        {
            await WriteHtmlAsync(context, bytes);
            return;
        }

        response.ContentType = ContentTypes.TryGetContentType(found.Path, out var type) ? type
            : "application/octet-stream";
        response.ContentLength = bytes.Length;
        if (HttpMethods.IsGet(request.Method)) await response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private static async Task WriteHtmlAsync(HttpContext context, byte[] html)
    {
        var text = Encoding.UTF8.GetString(html);
        const string tag = "<script src=\"" + ReservedPrefix + "reload.js\" defer></script>";
        var end = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        text = end < 0 ? text + tag : text[..end] + tag + text[end..];
        var bytes = Encoding.UTF8.GetBytes(text);
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = bytes.Length;
        if (HttpMethods.IsGet(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
        }
    }

    private static string ErrorPage(IReadOnlyList<Diagnostic> errors)
    {
        var page = new StringBuilder("<!doctype html>\n<html lang=\"en\">\n<head><meta " +
            "charset=\"utf-8\"><title>Build failed</title></head>\n<body>\n<h1>The site has not built yet</h1>\n<pre>");
        foreach (var error in errors) page.Append(WebUtility.HtmlEncode(error.ToString())).Append('\n');
        return page.Append("</pre>\n<p>This page reloads when the build succeeds.</p>\n</body>\n</html>\n").ToString();
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        var response = context.Response;
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        response.ContentType = "text/event-stream";
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted,
            _app.Lifetime.ApplicationStopping);
        var (events, handle) = _hub.Subscribe();
        using (handle)
        {
            try
            {
                var snapshot = _site.Current;
                await response.WriteAsync(ReloadHub.Event(
                    "hello", snapshot.Version.ToString(CultureInfo.InvariantCulture)), stop.Token);
                if (snapshot.Failed)
                {
                    await response.WriteAsync(ReloadHub.Event("failed", DiagnosticPrinter.Json(snapshot.Errors)),
                        stop.Token);
                }

                await response.Body.FlushAsync(stop.Token);
                await foreach (var message in events.ReadAllAsync(stop.Token))
                {
                    await response.WriteAsync(message, stop.Token);
                    await response.Body.FlushAsync(stop.Token);
                }
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private static byte[] LoadScript()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("StaticSite.Serve.reload.js")
            ?? throw new InvalidOperationException("the reload script is missing from the assembly");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        await _stopping.CancelAsync();
        try
        {
            await _rebuilds.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
