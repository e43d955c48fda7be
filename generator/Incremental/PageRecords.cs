using System.Collections.Concurrent;
using StaticSite.Output;

namespace StaticSite.Incremental;

/// <summary>Decides whether a page is unchanged: what the previous successful build rendered, page by page (a
/// fingerprint of each page's inputs and the site links its body makes), so a page whose fingerprint matches is taken
/// from the previous output instead of rendered and written again.</summary>
internal sealed class PageRecords
{
    private Dictionary<string, PageRecord> _previous;
    private ConcurrentDictionary<string, PageRecord> _next = new(StringComparer.Ordinal);
    private IPreviousOutput? _output;
    private int _reused;

    private PageRecords(bool enabled, IDictionary<string, PageRecord> previous, IPreviousOutput? output)
    {
        Enabled = enabled;
        _previous = new Dictionary<string, PageRecord>(previous, StringComparer.Ordinal);
        _output = output;
    }

    /// <summary>Records that are never asked: one-off builds do not fingerprint their pages.</summary>
    public static PageRecords Disabled() => new(false, new Dictionary<string, PageRecord>(), null);

    /// <summary>Records of builds kept in memory; empty until the first <see cref="Advance"/>.</summary>
    public static PageRecords InMemory() => new(true, new Dictionary<string, PageRecord>(), null);

    /// <summary>The records a previous build saved for the output folder <paramref name="outputDir"/>, with the sizes
    /// of the files it wrote there (null when not recorded).</summary>
    internal static PageRecords InFolder(IDictionary<string, PageRecord> previous, string outputDir,
        IDictionary<string, long>? sizes) =>
        new(true, previous, new PreviousFolder(outputDir, sizes));

    /// <summary>Whether pages are fingerprinted and recorded at all.</summary>
    public bool Enabled { get; }

    /// <summary>Whether a previous build's records are there (so an incremental build can update its output in
    /// place).</summary>
    public bool HasPrevious => _previous.Count > 0;

    /// <summary>How many pages this build reused.</summary>
    public int Reused => _reused;

    /// <summary>What this build recorded, for saving.</summary>
    internal IReadOnlyDictionary<string, PageRecord> Next => _next;

    /// <summary>Whether the previous build made <paramref name="path"/> from the same inputs (<paramref name="key"/>)
    /// and its file is still there; gives the site links its body made.</summary>
    public bool CanReuse(string path, string key, out IReadOnlyList<string> links)
    {
        links = [];
        if (_output is null || !_previous.TryGetValue(path, out var record) || record.Key != key) return false;
        if (!_output.Contains(path)) return false;
        links = record.Links;
        return true;
    }

    /// <summary>Adds the previous build's file for <paramref name="path"/> to <paramref name="output"/> and records it,
    /// after <see cref="CanReuse"/> said yes.</summary>
    public void Reuse(OutputSet output, string path, string key, IReadOnlyList<string> links)
    {
        _output!.AddTo(output, path, links);
        var body = _previous.GetValueOrDefault(path)?.Body is [var start, var length] ? (start, length)
            : ((int, int)?)null;
        if (body is { } range) output.Bodies.Record(path, range.Item1, range.Item2);
        Record(path, key, links, reused: true, body);
    }

    /// <summary>The key the previous build recorded for the file at <paramref name="path"/>, or null.</summary>
    public string? PreviousKey(string path) => _previous.TryGetValue(path, out var record) ? record.Key : null;

    /// <summary>Adds the previous build's files at <paramref name="paths"/> (files beside the pages, not counted as
    /// pages) to <paramref name="output"/> and records them, when every one was made from inputs with this
    /// <paramref name="key"/> and is still there; false, and nothing added, otherwise.</summary>
    public bool ReuseFiles(OutputSet output, IReadOnlyList<string> paths, string key)
    {
        if (!paths.All(path => CanReuse(path, key, out _))) return false;
        foreach (var path in paths)
        {
            _output!.AddTo(output, path, []);
            _next[path] = new PageRecord(key, []);
        }

        return true;
    }

    /// <summary>Records that this build made the files at <paramref name="paths"/> (beside the pages) from inputs with
    /// this <paramref name="key"/>.</summary>
    public void RecordFiles(IEnumerable<string> paths, string key)
    {
        foreach (var path in paths) _next[path] = new PageRecord(key, []);
    }

    /// <summary>Records what this build produced for a page (rendered or reused), with the byte range of its article
    /// body when it has one.</summary>
    public void Record(string path, string key, IReadOnlyList<string> links, bool reused,
        (int Start, int Length)? body = null)
    {
        _next[path] = new PageRecord(key, links.ToArray())
        {
            Body = body is { } range ? [range.Start, range.Length] : null,
        };
        if (reused) Interlocked.Increment(ref _reused);
    }

    /// <summary>Forgets what an unfinished build recorded, keeping the previous build as the one to reuse
    /// from.</summary>
    public void Reset()
    {
        _next = new ConcurrentDictionary<string, PageRecord>(StringComparer.Ordinal);
        _reused = 0;
    }

    /// <summary>Makes a successful in-memory build the one the next build reuses from.</summary>
    public void Advance(OutputSet output)
    {
        _previous = new Dictionary<string, PageRecord>(_next, StringComparer.Ordinal);
        _output = new PreviousSet(output);
        Reset();
    }
}
