using System.Buffers.Binary;
using System.Collections.Concurrent;

namespace StaticSite.Search;

/// <summary>The body search terms of the previous build, on disk beside the page cache and keyed by each body's SHA-256, so an incremental build tokenizes only the bodies that changed; terms are stored once in a string table and each body as (term, count) pairs of integers. Rendering threads use it at once without waiting on each other: only a term seen for the first time takes a lock.</summary>
public sealed class SearchTermStore
{
    private const string Magic = "staticsite-search-terms-2";
    private readonly Lock _interning = new();
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<UInt128, int[]> _previous = new();
    private readonly ConcurrentDictionary<UInt128, int[]> _current = new();
    private readonly ConcurrentDictionary<UInt128, int[]> _transient = new();
    private string[] _strings = new string[1024];
    private int _count;
    private bool _loaded;
    private bool _added;

    /// <summary>Reads the store written by <see cref="Save"/> for this generator build, or starts empty when the file is missing, unreadable or from another build.</summary>
    public static SearchTermStore Load(string file, string generatorVersion)
    {
        var store = new SearchTermStore();
        if (!File.Exists(file)) return store;
        try
        {
            using var reader = new BinaryReader(new BufferedStream(File.OpenRead(file), 1 << 16));
            if (reader.ReadString() != Magic || reader.ReadString() != generatorVersion) return store;
            var strings = reader.ReadInt32();
            for (var i = 0; i < strings; i++) store.Intern(reader.ReadString());
            var entries = reader.ReadInt32();
            for (var i = 0; i < entries; i++)
            {
                var key = new UInt128(reader.ReadUInt64(), reader.ReadUInt64());
                var pairs = new int[reader.ReadInt32() * 2];
                for (var j = 0; j < pairs.Length; j++) pairs[j] = reader.ReadInt32();
                for (var j = 0; j < pairs.Length; j += 2)
                {
                    if ((uint)pairs[j] >= (uint)strings) return new SearchTermStore();
                }

                store._previous[key] = pairs;
            }

            store._loaded = true;
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or FormatException or OverflowException or OutOfMemoryException)
        {
            return new SearchTermStore();
        }

        return store;
    }

    /// <summary>Whether terms are stored under this SHA-256, from the previous build or this one.</summary>
    public bool Contains(byte[] hash)
    {
        var key = Key(hash);
        return _current.ContainsKey(key) || _previous.ContainsKey(key);
    }

    /// <summary>The terms stored for the text with this SHA-256, when the previous or this build computed them; terms held for this build only are handed out once and then let go (they are needed once, to weigh their article's terms, and a large site's would otherwise stay in memory to the end).</summary>
    public bool TryGet(byte[] bodyHash, out KeyValuePair<string, int>[] terms)
    {
        var key = Key(bodyHash);
        if (!_current.TryGetValue(key, out var pairs) && _previous.TryRemove(key, out pairs)) pairs = _current.GetOrAdd(key, pairs);
        if (pairs is null) _transient.TryRemove(key, out pairs);
        if (pairs is null)
        {
            terms = [];
            return false;
        }

        var strings = Volatile.Read(ref _strings);
        terms = new KeyValuePair<string, int>[pairs.Length / 2];
        for (var i = 0; i < terms.Length; i++) terms[i] = new(strings[pairs[2 * i]], pairs[2 * i + 1]);
        return true;
    }

    /// <summary>Records the terms computed for the text with this SHA-256; <paramref name="keep"/> false holds them for this build only (body terms, which the next build needs only for an article whose stored terms are gone), so the file keeps one entry per article.</summary>
    public void Put(byte[] bodyHash, KeyValuePair<string, int>[] terms, bool keep = true)
    {
        var pairs = new int[terms.Length * 2];
        for (var i = 0; i < terms.Length; i++)
        {
            pairs[2 * i] = Intern(terms[i].Key);
            pairs[2 * i + 1] = terms[i].Value;
        }

        if (!keep)
        {
            _transient[Key(bodyHash)] = pairs;
            return;
        }

        _current[Key(bodyHash)] = pairs;
        _added = true;
    }

    /// <summary>Writes the bodies this build used (not the ones that disappeared) to <paramref name="file"/>, replacing it atomically; skipped when that is exactly what was loaded.</summary>
    public void Save(string file, string generatorVersion)
    {
        if (_loaded && !_added && _previous.Count == 0 && File.Exists(file)) return;
        var used = new HashSet<int>();
        foreach (var pairs in _current.Values)
        {
            for (var i = 0; i < pairs.Length; i += 2) used.Add(pairs[i]);
        }

        var renumber = new Dictionary<int, int>();
        foreach (var id in used.Order()) renumber[id] = renumber.Count;
        var temporary = file + ".tmp";
        using (var writer = new BinaryWriter(new BufferedStream(File.Create(temporary), 1 << 16)))
        {
            writer.Write(Magic);
            writer.Write(generatorVersion);
            writer.Write(renumber.Count);
            foreach (var id in renumber.Keys) writer.Write(_strings[id]);
            writer.Write(_current.Count);
            foreach (var (key, pairs) in _current.OrderBy(p => p.Key))
            {
                writer.Write((ulong)(key >> 64));
                writer.Write((ulong)key);
                writer.Write(pairs.Length / 2);
                for (var i = 0; i < pairs.Length; i += 2)
                {
                    writer.Write(renumber[pairs[i]]);
                    writer.Write(pairs[i + 1]);
                }
            }
        }

        File.Move(temporary, file, true);
    }

    private int Intern(string term)
    {
        if (_ids.TryGetValue(term, out var id)) return id;
        lock (_interning)
        {
            if (_ids.TryGetValue(term, out id)) return id;
            id = _count;
            if (id == _strings.Length)
            {
                var grown = new string[id * 2];
                _strings.CopyTo(grown, 0);
                Volatile.Write(ref _strings, grown);
            }

            _strings[id] = term;
            _count = id + 1;
            _ids[term] = id;
            return id;
        }
    }

    private static UInt128 Key(byte[] hash) =>
        new(BinaryPrimitives.ReadUInt64BigEndian(hash), BinaryPrimitives.ReadUInt64BigEndian(hash.AsSpan(8)));
}
