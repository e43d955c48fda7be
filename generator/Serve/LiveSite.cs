using System.Diagnostics;
using StaticSite.Content;
using StaticSite.Site;
using StaticSite.Validation;

namespace StaticSite.Serve;

/// <summary>The site as <c>serve</c> shows it: rebuilt in memory from disk on demand, keeping the last good build when a new one fails.</summary>
public sealed class LiveSite(BuildOptions options)
{
    private readonly SiteBuilder _builder = new();
    private readonly Lock _building = new();
    private BuildSnapshot _current = new(null, "/", [], 0);

    /// <summary>What is being served now.</summary>
    public BuildSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Rebuilds the whole site in memory (never writing to disk) and swaps it in when it has no errors; returns the new snapshot, the build result and how long it took.</summary>
    public (BuildSnapshot Snapshot, BuildResult Result, TimeSpan Elapsed) Rebuild()
    {
        lock (_building)
        {
            var clock = Stopwatch.StartNew();
            var result = _builder.Build(
                new DiskFileTree(options.ContentDir, Display(options.ContentDir)),
                new DiskFileTree(options.TemplatesDir, Display(options.TemplatesDir)),
                options with { Now = DateTimeOffset.UtcNow });
            var previous = Current;
            var basePath = result.Site?.BasePath ?? previous.BasePath;
            var next = result.Failed
                ? previous with { Errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList(), BasePath = previous.Site is null ? basePath : previous.BasePath }
                : new BuildSnapshot(result.Output, basePath, [], previous.Version + 1);
            Volatile.Write(ref _current, next);
            return (next, result, clock.Elapsed);
        }
    }

    private static string Display(string folder) => folder.Replace('\\', '/').TrimEnd('/');
}
