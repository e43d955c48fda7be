using System.Collections.Concurrent;
using StaticSite.Content;
using StaticSite.Content.Files;
using StaticSite.Diagnostics;
using StaticSite.Output;

namespace StaticSite.Incremental;

/// <summary>The parsed front matter of every article file of the previous build, and the problems found in it, keyed by
/// path and matched by the file's size and modification time (as make and ninja judge a change; on disk only) or by the
/// SHA-256 of its bytes, so the loader parses only the files that changed and their warnings are still
/// reported.</summary>
internal sealed class ArticleStore : IArticleRecords
{
    private const string Magic = "staticsite-articles-6";
    private readonly bool _enabled;
    private readonly bool _trustStamps;
    private Dictionary<string, Stored> _previous = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, Stored> _current = new(StringComparer.Ordinal);
    private int _changed;
    private readonly PendingFile _pending = new();

    /// <summary>An entry between load and save: how to match it, and the rest as the bytes written to disk, so a large
    /// site's front matter is not all held as objects for the whole build.</summary>
    private sealed record Stored(FileStamp? Stamp, byte[] FileHash, byte[] Entry);

    private ArticleStore(bool enabled, bool trustStamps)
    {
        _enabled = enabled;
        _trustStamps = trustStamps;
    }

    /// <summary>A store that remembers nothing, for one-off builds.</summary>
    public static ArticleStore Disabled() => new(enabled: false, trustStamps: false);

    /// <summary>A store kept in memory between builds (<c>serve</c>): files are matched by their bytes, because an
    /// editor can save twice within the file system's timestamp resolution.</summary>
    public static ArticleStore InMemory() => new(enabled: true, trustStamps: false);

    /// <summary>An empty store for a cache folder, matching files by their stamps first.</summary>
    public static ArticleStore OnDisk() => new(enabled: true, trustStamps: true);

    /// <summary>Reads the store written by <see cref="Save"/> for this generator build, or starts empty when the file
    /// is missing, unreadable or from another build.</summary>
    public static ArticleStore Load(string file, string generatorVersion)
    {
        var store = OnDisk();
        if (!File.Exists(file)) return store;
        try
        {
            using var reader = new BinaryReader(new BufferedStream(File.OpenRead(file), 1 << 16));
            if (reader.ReadString() != Magic || reader.ReadString() != generatorVersion) return store;
            for (var count = reader.ReadInt32(); count > 0; count--)
            {
                var path = reader.ReadString();
                var stamp = new FileStamp(reader.ReadInt64(), reader.ReadInt64());
                var hash = ReadExactly(reader, reader.ReadInt32());
                store._previous[path] = new Stored(stamp, hash, ReadExactly(reader, reader.ReadInt32()));
            }
        }
        catch (Exception e) when (e is IOException or FormatException or OverflowException or ArgumentException
                                      or OutOfMemoryException)
        {
            store._previous.Clear();
        }

        return store;
    }

    /// <inheritdoc />
    public bool TryRecall(ArticleSource source, byte[]? fileHash, DiagnosticBag diagnostics, out ArticleFile? article)
    {
        article = null;
        var current = Volatile.Read(ref _current);
        if (!_enabled || (!current.TryGetValue(source.Path, out var stored) && !Volatile.Read(ref _previous)
            .TryGetValue(source.Path, out stored)))
        {
            return false;
        }

        var same = fileHash is null
            ? _trustStamps && source.Stamp is { } stamp && stored.Stamp == stamp
            : stored.FileHash.AsSpan().SequenceEqual(fileHash);
        if (!same || ArticleCodec.TryRead(stored.Entry, source.DisplayPath) is not { } entry) return false;
        if (stored.Stamp != source.Stamp)
        {
            stored = stored with { Stamp = source.Stamp };
            Interlocked.Increment(ref _changed);
        }

        current[source.Path] = stored;
        diagnostics.AddRange(entry.Diagnostics);
        if (entry.FrontMatter is { } frontMatter)
        {
            article = new ArticleFile(source.Path, source.DisplayPath, frontMatter,
                MarkdownBody.Stored(entry.BodyHash, source.ReadBody),
                entry.BodyLine, stored.FileHash) { ReadText = source.ReadText };
        }

        return true;
    }

    /// <inheritdoc />
    public void Remember(ArticleSource source, byte[] fileHash, ArticleFile? article, IReadOnlyList<Diagnostic> found)
    {
        if (!_enabled) return;
        var entry = new ArticleCodec.Entry(
            source.DisplayPath, article?.FrontMatter, article?.Body.Hash ?? [], article?.BodyLine ?? 0, found);
        _current[source.Path] = new Stored(source.Stamp, fileHash, ArticleCodec.Write(entry));
        Interlocked.Increment(ref _changed);
    }

    /// <summary>Makes what this build read the previous build of the next one, dropping files that were not read; a
    /// preview reading the store meanwhile sees the old or the new records, never a half-made table.</summary>
    public void Advance()
    {
        Volatile.Write(ref _previous, new Dictionary<string, Stored>(_current, StringComparer.Ordinal));
        Volatile.Write(ref _current, new ConcurrentDictionary<string, Stored>(StringComparer.Ordinal));
        _changed = 0;
    }

    /// <summary>Writes what <see cref="Save"/> would write to a file beside <paramref name="file"/> now and lets the
    /// records go, so a large site's front matter is not held through rendering (for a store on disk, which is read
    /// no more once the articles are loaded); <see cref="Save"/> then puts that file in place.</summary>
    public void SetAside(string file, string generatorVersion)
    {
        if (!_enabled) return;
        _pending.SetAside(file, Unchanged(file), next => Write(next, generatorVersion));
        _previous = new Dictionary<string, Stored>(StringComparer.Ordinal);
        _current = new ConcurrentDictionary<string, Stored>(StringComparer.Ordinal);
    }

    /// <summary>Writes the files this build read (not the ones that disappeared) to <paramref name="file"/>, replacing
    /// it atomically (or puts in place what <see cref="SetAside"/> wrote); skipped when that is exactly what was
    /// loaded.</summary>
    public void Save(string file, string generatorVersion) =>
        _pending.Save(file, Unchanged(file), path => Write(path, generatorVersion));

    private bool Unchanged(string file) => _changed == 0 && _current.Count == _previous.Count && File.Exists(file);

    private void Write(string file, string generatorVersion)
    {
        using var writer = new BinaryWriter(new BufferedStream(File.Create(file), 1 << 16));
        writer.Write(Magic);
        writer.Write(generatorVersion);
        writer.Write(_current.Count);
        foreach (var (path, stored) in _current.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var stamp = stored.Stamp ?? default;
            writer.Write(path);
            writer.Write(stamp.Length);
            writer.Write(stamp.LastWriteTicks);
            writer.Write(stored.FileHash.Length);
            writer.Write(stored.FileHash);
            writer.Write(stored.Entry.Length);
            writer.Write(stored.Entry);
        }
    }

    private static byte[] ReadExactly(BinaryReader reader, int length)
    {
        var bytes = reader.ReadBytes(length);
        return bytes.Length == length ? bytes : throw new EndOfStreamException();
    }
}
