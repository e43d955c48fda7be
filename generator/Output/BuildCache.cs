using System.Collections.Concurrent;
using System.Text.Json;

namespace StaticSite.Output;

/// <summary>What the previous successful build rendered, page by page (a fingerprint of each page's inputs and the site links its body makes), so unchanged pages are reused instead of rendered and rewritten.</summary>
public sealed class BuildCache
{
    private const string ManifestName = "manifest.json";
    private readonly Dictionary<string, CacheEntry> _previous;
    private readonly ConcurrentDictionary<string, CacheEntry> _next = new(StringComparer.Ordinal);
    private readonly string _folder;
    private readonly string _outputDir;
    private int _reused;

    private BuildCache(string folder, string outputDir, Dictionary<string, CacheEntry> previous)
    {
        _folder = folder;
        _outputDir = outputDir;
        _previous = previous;
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
                var stored = JsonSerializer.Deserialize<Manifest>(File.ReadAllBytes(manifest));
                if (stored is not null && stored.Generator == GeneratorVersion && stored.Output == output)
                {
                    previous = new Dictionary<string, CacheEntry>(stored.Pages, StringComparer.Ordinal);
                }
            }
            catch (JsonException)
            {
                previous.Clear();
            }
        }

        return new BuildCache(folder, output, previous);
    }

    /// <summary>The default cache folder for an output folder: a hidden sibling (for example <c>.site-output.cache</c>), outside what gets published.</summary>
    public static string DefaultFolder(string outputDir)
    {
        var full = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.cache");
    }

    /// <summary>How many pages this build reused.</summary>
    public int Reused => _reused;

    /// <summary>Finds the previous output file of <paramref name="path"/> when it was made from the same inputs (<paramref name="key"/>) and still exists.</summary>
    public bool TryReuse(string path, string key, out string previousFile, out IReadOnlyList<string> links)
    {
        previousFile = Path.Combine(_outputDir, path);
        links = [];
        if (!_previous.TryGetValue(path, out var entry) || entry.Key != key || !File.Exists(previousFile)) return false;
        links = entry.Links;
        return true;
    }

    /// <summary>Records what this build produced for a page (rendered or reused).</summary>
    public void Record(string path, string key, IReadOnlyList<string> links, bool reused)
    {
        _next[path] = new CacheEntry(key, links.ToArray());
        if (reused) Interlocked.Increment(ref _reused);
    }

    /// <summary>Forgets the previous build's record; called just before the output is replaced, so a build killed after the swap can never reuse stale pages.</summary>
    public void Invalidate()
    {
        var manifest = Path.Combine(_folder, ManifestName);
        if (File.Exists(manifest)) File.Delete(manifest);
    }

    /// <summary>Saves this build's record (sorted, so the file is deterministic) after the output was published.</summary>
    public void Save()
    {
        Directory.CreateDirectory(_folder);
        var manifest = new Manifest(GeneratorVersion, _outputDir, new SortedDictionary<string, CacheEntry>(_next, StringComparer.Ordinal));
        var temporary = Path.Combine(_folder, ManifestName + ".tmp");
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(manifest));
        File.Move(temporary, Path.Combine(_folder, ManifestName), true);
    }

    private sealed record Manifest(string Generator, string Output, IDictionary<string, CacheEntry> Pages);

    private sealed record CacheEntry(string Key, string[] Links);
}
