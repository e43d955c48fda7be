using System.Collections.Concurrent;
using System.Text.Json;
using StaticSite.Diagnostics;
using StaticSite.Output;
using StaticSite.Search;

namespace StaticSite.Incremental;

/// <summary>What the previous successful build rendered, page by page (a fingerprint of each page's inputs and the site links its body makes), so unchanged pages are reused instead of rendered and rewritten.</summary>
public sealed partial class BuildCache
{
    private const string ManifestName = "manifest.json";
    private const string SearchTermsName = "search-terms.bin";
    private const string ArticlesName = "articles.bin";
    private SearchTermStore? _searchTerms;
    private ArticleFileStore? _articles;
    private Dictionary<string, CacheEntry> _previous;
    private ConcurrentDictionary<string, CacheEntry> _next = new(StringComparer.Ordinal);
    private readonly string _folder;
    private readonly string _outputDir;
    private OutputSet? _previousOutput;
    private int _reused;
    private Manifest? _stored;
    private bool _clean;

    private BuildCache(string folder, string outputDir, Dictionary<string, CacheEntry> previous)
    {
        _folder = folder;
        _outputDir = outputDir;
        _previous = previous;
    }

    /// <summary>A cache that lives in memory only, reusing pages of the previous in-memory build (for <c>serve</c>); see <see cref="Advance"/>.</summary>
    public static BuildCache InMemory() => new("", "", new Dictionary<string, CacheEntry>(StringComparer.Ordinal)) { _previousOutput = new OutputSet() };

    /// <summary>Whether this cache reuses pages from an in-memory output rather than from the output folder.</summary>
    public bool IsInMemory => _previousOutput is not null;

    /// <summary>Makes a successful in-memory build the one the next build reuses from.</summary>
    public void Advance(OutputSet output)
    {
        _previous = new Dictionary<string, CacheEntry>(_next, StringComparer.Ordinal);
        _previousOutput = output;
        Reset();
    }

    /// <summary>The body search terms of the previous build (read on first use; empty for an in-memory cache's first build), saved again by <see cref="Save"/>.</summary>
    public SearchTermStore SearchTerms => _searchTerms ??= IsInMemory || _folder.Length == 0 || _clean
        ? new SearchTermStore()
        : SearchTermStore.Load(Path.Combine(_folder, SearchTermsName), GeneratorVersion);

    /// <summary>The parsed article files of the previous build (read on first use), saved again by <see cref="Save"/>; null for an in-memory cache, which keeps parsed files its own way.</summary>
    public ArticleFileStore? Articles => IsInMemory || _folder.Length == 0
        ? null
        : _articles ??= _clean ? new ArticleFileStore() : ArticleFileStore.Load(Path.Combine(_folder, ArticlesName), GeneratorVersion);

    /// <summary>Whether a previous build's record was found for the output folder (so an incremental build can update that folder in place).</summary>
    public bool HasPrevious => _previous.Count > 0;

    /// <summary>Forgets what a failed build recorded, keeping the previous build as the one to reuse from.</summary>
    public void Reset()
    {
        _next = new ConcurrentDictionary<string, CacheEntry>(StringComparer.Ordinal);
        _reused = 0;
    }

    /// <summary>The version every entry is tied to: the generator's build, so new code never reuses pages made by old code.</summary>
    public static string GeneratorVersion { get; } = typeof(BuildCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>Opens the cache in <paramref name="folder"/> for builds into <paramref name="outputDir"/>; with <paramref name="clean"/>, or when the cache is missing, unreadable or from another generator or output folder, it starts empty.</summary>
    public static BuildCache Open(string folder, string outputDir, bool clean)
    {
        var output = Path.GetFullPath(outputDir);
        var previous = new Dictionary<string, CacheEntry>(StringComparer.Ordinal);
        var manifest = Path.Combine(folder, ManifestName);
        if (!clean && File.Exists(manifest) && Directory.Exists(output))
        {
            try
            {
                var stored = JsonSerializer.Deserialize(File.ReadAllBytes(manifest), ManifestJson.Default.Manifest);
                if (stored is not null && stored.Generator == GeneratorVersion && stored.Output == output)
                {
                    previous = new Dictionary<string, CacheEntry>(stored.Pages, StringComparer.Ordinal);
                    return new BuildCache(folder, output, previous) { _stored = stored };
                }
            }
            catch (JsonException)
            {
                previous.Clear();
            }
        }

        return new BuildCache(folder, output, previous) { _clean = clean };
    }

    /// <summary>The default cache folder for an output folder: a hidden sibling (for example <c>.site-output.cache</c>), outside what gets published.</summary>
    public static string DefaultFolder(string outputDir)
    {
        var full = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.cache");
    }

    /// <summary>How many pages this build reused.</summary>
    public int Reused => _reused;

    /// <summary>Whether the previous build made <paramref name="path"/> from the same inputs (<paramref name="key"/>) and its file is still there; gives the site links its body made.</summary>
    public bool CanReuse(string path, string key, out IReadOnlyList<string> links)
    {
        links = [];
        if (!_previous.TryGetValue(path, out var entry) || entry.Key != key) return false;
        if (_previousOutput is not null ? !_previousOutput.Contains(path) : !File.Exists(Path.Combine(_outputDir, path))) return false;
        links = entry.Links;
        return true;
    }

    /// <summary>Adds the previous build's file for <paramref name="path"/> to <paramref name="output"/> and records it, after <see cref="CanReuse"/> said yes.</summary>
    public void Reuse(OutputSet output, string path, string key, IReadOnlyList<string> links)
    {
        if (_previousOutput is { } previous) output.AddReused(previous.Get(path)!, links);
        else output.AddReused(path, Path.Combine(_outputDir, path), links);
        Record(path, key, links, reused: true);
    }

    /// <summary>Records what this build produced for a page (rendered or reused).</summary>
    public void Record(string path, string key, IReadOnlyList<string> links, bool reused)
    {
        _next[path] = new CacheEntry(key, links.ToArray());
        if (reused) Interlocked.Increment(ref _reused);
    }

    /// <summary>Whether the previous build read exactly these inputs (<paramref name="inputs"/>, an <see cref="InputDigest"/>), no article it left out as future-dated has come due by <paramref name="now"/>, and its output folder still holds every file it wrote, at the same size: then building again would change nothing.</summary>
    public bool IsUpToDate(string inputs, DateTimeOffset now)
    {
        if (_stored is not { Inputs: { } stored, Files: { } files } || stored != inputs) return false;
        if (_stored.NextDue is { } due && now >= due) return false;
        foreach (var (path, length) in files)
        {
            var file = new FileInfo(Path.Combine(_outputDir, path));
            if (!file.Exists || file.Length != length) return false;
        }

        return true;
    }

    /// <summary>The warnings the previous build reported, to repeat when nothing changed.</summary>
    public IReadOnlyList<Diagnostic> PreviousWarnings => _stored?.Warnings ?? [];

    /// <summary>How many files the previous build wrote.</summary>
    public int PreviousFileCount => _stored?.Files?.Count ?? 0;

    /// <summary>Forgets the previous build's record; called just before the output is replaced, so a build killed after the swap can never reuse stale pages.</summary>
    public void Invalidate()
    {
        var manifest = Path.Combine(_folder, ManifestName);
        if (File.Exists(manifest)) File.Delete(manifest);
    }

    /// <summary>Saves this build's record (sorted, so the file is deterministic) after the output was published: the pages, and when given, the inputs' digest, the earliest date a left-out future article comes due, the warnings and the size of every file written, for <see cref="IsUpToDate"/>.</summary>
    public void Save(string? inputs = null, DateTimeOffset? nextDue = null, IReadOnlyList<Diagnostic>? warnings = null, IEnumerable<(string Path, long Length)>? files = null)
    {
        Directory.CreateDirectory(_folder);
        Parallel.Invoke(
            () => SaveManifest(inputs, nextDue, warnings, files),
            () => _searchTerms?.Save(Path.Combine(_folder, SearchTermsName), GeneratorVersion),
            () => _articles?.Save(Path.Combine(_folder, ArticlesName), GeneratorVersion));
    }

    private void SaveManifest(string? inputs, DateTimeOffset? nextDue, IReadOnlyList<Diagnostic>? warnings, IEnumerable<(string Path, long Length)>? files)
    {
        var manifest = new Manifest(GeneratorVersion, _outputDir, new SortedDictionary<string, CacheEntry>(_next, StringComparer.Ordinal))
        {
            Inputs = inputs,
            NextDue = nextDue,
            Warnings = warnings?.ToList(),
            Files = files is null ? null : SortedLengths(files),
        };
        var temporary = Path.Combine(_folder, ManifestName + ".tmp");
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            JsonSerializer.Serialize(stream, manifest, ManifestJson.Default.Manifest);
        }

        File.Move(temporary, Path.Combine(_folder, ManifestName), true);
    }

    private static SortedDictionary<string, long> SortedLengths(IEnumerable<(string Path, long Length)> files)
    {
        var sorted = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var (path, length) in files) sorted.Add(path, length);
        return sorted;
    }

    private sealed record Manifest(string Generator, string Output, IDictionary<string, CacheEntry> Pages)
    {
        public string? Inputs { get; init; }

        public DateTimeOffset? NextDue { get; init; }

        public List<Diagnostic>? Warnings { get; init; }

        public IDictionary<string, long>? Files { get; init; }
    }

    private sealed record CacheEntry(string Key, string[] Links);

    [System.Text.Json.Serialization.JsonSerializable(typeof(Manifest))]
    private sealed partial class ManifestJson : System.Text.Json.Serialization.JsonSerializerContext;
}
