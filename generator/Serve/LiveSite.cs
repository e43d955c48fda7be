using System.Diagnostics;
using StaticSite.Content.Files;
using StaticSite.Diagnostics;
using StaticSite.Incremental;
using StaticSite.Output;
using StaticSite.Pipeline;

namespace StaticSite.Serve;

/// <summary>The site as <c>serve</c> shows it: rebuilt in memory from disk on demand, keeping the last good build when
/// a new one fails, with edited article pages previewed ahead of the full rebuild.</summary>
internal sealed class LiveSite(BuildOptions options)
{
    private readonly BuildPipeline _builder = new(BuildState.InMemory());
    private readonly Lock _building = new();
    private readonly Lock _publishing = new();
    private readonly Dictionary<string, (OutputFile Page, long Change)> _previews = new(StringComparer.Ordinal);
    private BuildSnapshot _current = new(null, "/", [], 0);
    private long _changes;

    /// <summary>What is being served now.</summary>
    public BuildSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Notes that files changed on disk, before previews and the rebuild that follow; returns the change's
    /// number.</summary>
    public long Changed() => Interlocked.Increment(ref _changes);

    /// <summary>Renders the page of each edited article file in <paramref name="paths"/> against the last good build
    /// and serves it at once; returns the output paths of the previewed pages (none when only the full rebuild can show
    /// the change: a template, registry or media change, a new or renamed article, an error). Other files under
    /// articles/ (editor backups) are ignored.</summary>
    public (BuildSnapshot Snapshot, IReadOnlyList<string> Pages, TimeSpan Elapsed) Preview(
        IReadOnlyCollection<string> paths, long change)
    {
        var clock = Stopwatch.StartNew();
        var content = Path.GetFullPath(options.ContentDir);
        var articles = paths.Select(p => Path.GetRelativePath(content, Path.GetFullPath(p)).Replace('\\', '/'))
            .ToList();
        if (Current.Failed || articles.Any(a => !a.StartsWith("articles/", StringComparison.Ordinal)))
        {
            return (Current, [], clock.Elapsed);
        }

        var tree = DiskFileTree.Open(options.ContentDir);
        var pages = new List<OutputFile>();
        foreach (var article in articles.Distinct(StringComparer.Ordinal)
            .Where(a => a.EndsWith(".md", StringComparison.Ordinal) && IsPlainFile(content, a)))
        {
            if (_builder.Preview(tree, article, options with { Now = DateTimeOffset.UtcNow }) is not { } page)
            {
                return (Current, [], clock.Elapsed);
            }

            pages.Add(page);
        }

        lock (_publishing)
        {
            foreach (var page in pages) _previews[page.Path] = (page, change);
            if (pages.Count > 0) Publish(Current with { Version = Current.Version + 1 });
            return (Current, pages.Select(p => p.Path).ToList(), clock.Elapsed);
        }
    }

    /// <summary>Rebuilds the whole site in memory (never writing to disk) and swaps it in when it has no errors;
    /// returns the new snapshot, the build result and how long it took, or null when <paramref name="cancellation"/>
    /// stopped it (nothing changes then).</summary>
    public (BuildSnapshot Snapshot, BuildResult Result, TimeSpan Elapsed)? Rebuild(
        CancellationToken cancellation = default)
    {
        lock (_building)
        {
            var clock = Stopwatch.StartNew();
            var seen = Interlocked.Read(ref _changes);
            BuildResult result;
            try
            {
                result = _builder.Build(DiskFileTree.Open(options.ContentDir), DiskFileTree.Open(options.TemplatesDir),
                    options with { Now = DateTimeOffset.UtcNow, OutputDir = null }, cancellation: cancellation);
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                return null;
            }

            lock (_publishing)
            {
                var previous = Current;
                var basePath = result.Site?.BasePath ?? previous.BasePath;
                if (result.Failed)
                {
                    _previews.Clear();
                    Publish(previous with { Errors = result.Diagnostics.Where(d => d.Severity == Severity.Error)
                        .ToList(), BasePath = previous.Site is null ? basePath : previous.BasePath });
                }
                else
                {
                    foreach (var (path, preview) in _previews.Where(p => p.Value.Change <= seen).ToList())
                    {
                        _previews.Remove(path);
                    }

                    Publish(new BuildSnapshot(result.Output, basePath, [], previous.Version + 1));
                }

                return (Current, result, clock.Elapsed);
            }
        }
    }

    private static bool IsPlainFile(string root, string relative)
    {
        if (relative.Split('/').Any(segment => segment.StartsWith('.'))) return false;
        var file = new FileInfo(Path.Combine(root, relative));
        if (!file.Exists || file.LinkTarget is not null) return false;
        for (var folder = file.Directory; folder is not null
            && folder.FullName.Length > root.TrimEnd(Path.DirectorySeparatorChar).Length; folder = folder.Parent)
        {
            if (folder.LinkTarget is not null) return false;
        }

        return true;
    }

    private void Publish(BuildSnapshot snapshot) =>
        Volatile.Write(ref _current, snapshot with { Previews = _previews.ToDictionary(
            p => p.Key, p => p.Value.Page, StringComparer.Ordinal) });
}
