using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using StaticSite.Output;

namespace StaticSite.Search;

/// <summary>Each article's weighted search terms, on disk beside the page cache and keyed by a SHA-256 of everything
/// they are computed from, so an incremental build tokenizes and weighs only the articles that changed; terms are
/// stored once in a string table and each article as (term id, score) pairs in ascending id order, packed as
/// variable-length numbers (the id as the step from the one before), which the index's postings are built from.
/// Rendering threads use it at once without waiting on each other: only a term seen for the first time takes a
/// lock.</summary>
internal sealed class SearchTermStore
{
    private const string Magic = "staticsite-search-terms-4";
    private readonly Lock _interning = new();
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<UInt128, byte[]> _previous = new();
    private readonly ConcurrentDictionary<UInt128, byte[]> _current = new();
    private string[] _strings = new string[1024];
    private int _count;
    private bool _loaded;
    private bool _added;
    private readonly PendingFile _pending = new();

    /// <summary>Reads the store written by <see cref="Save"/> for this generator build, or starts empty when the file
    /// is missing, unreadable or from another build.</summary>
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
                var pairs = reader.ReadBytes(reader.ReadInt32());
                var last = -1;
                foreach (var (id, _) in new Pairs(pairs)) last = id;
                if (last >= strings) return new SearchTermStore();
                store._previous[key] = pairs;
            }

            store._loaded = true;
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or FormatException or OverflowException
                                      or IndexOutOfRangeException
                                      or OutOfMemoryException)
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

    /// <summary>The terms stored under this SHA-256, when the previous or this build computed them (either way they are
    /// kept for this build).</summary>
    public bool TryGet(byte[] bodyHash, out KeyValuePair<string, int>[] terms)
    {
        var key = Key(bodyHash);
        if (!_current.TryGetValue(key, out var pairs) && _previous.TryRemove(key, out pairs))
        {
            pairs = _current.GetOrAdd(key, pairs);
        }

        if (pairs is null)
        {
            terms = [];
            return false;
        }

        var strings = Volatile.Read(ref _strings);
        var list = new List<KeyValuePair<string, int>>();
        foreach (var (id, score) in new Pairs(pairs)) list.Add(new(strings[id], score));
        terms = [.. list];
        return true;
    }

    /// <summary>Keeps the terms stored under this SHA-256 for this build, carrying them over when only the previous
    /// build had them, without handing them out; false when none are stored.</summary>
    public bool Keep(byte[] hash)
    {
        var key = Key(hash);
        if (_current.ContainsKey(key)) return true;
        if (!_previous.TryRemove(key, out var pairs)) return false;
        _current.GetOrAdd(key, pairs);
        return true;
    }

    /// <summary>The terms kept for this build under this SHA-256 (see <see cref="Keep"/> and the <c>Put</c> methods) as
    /// packed (term id, count) pairs, to read with <see cref="Pairs"/>; ids name <see cref="Term"/>s.</summary>
    public byte[] Packed(byte[] hash) => _current[Key(hash)];

    /// <summary>The term with this id.</summary>
    public string Term(int id) => Volatile.Read(ref _strings)[id];

    /// <summary>How many term ids are in use; every id is below it.</summary>
    public int TermCount => Volatile.Read(ref _count);

    /// <summary>Records the terms computed for the text with this SHA-256, for this build and the next.</summary>
    public void Put(byte[] hash, KeyValuePair<string, int>[] terms)
    {
        var ids = new int[terms.Length];
        var scores = new int[terms.Length];
        for (var i = 0; i < terms.Length; i++) (ids[i], scores[i]) = (Intern(terms[i].Key), terms[i].Value);
        _current[Key(hash)] = Pack(ids, scores);
        _added = true;
    }

    /// <summary>Records the terms computed for the text with this SHA-256 as term ids (see <see
    /// cref="Intern(ReadOnlySpan{char})"/>) and their scores, for this build and the next; sorts both spans by
    /// id.</summary>
    public void Put(byte[] hash, Span<int> ids, Span<int> scores)
    {
        _current[Key(hash)] = Pack(ids, scores);
        _added = true;
    }

    /// <summary>Makes the terms this build used the previous build of the next one (for a store kept in memory),
    /// dropping the articles that were not indexed.</summary>
    public void Advance()
    {
        _previous.Clear();
        foreach (var (key, pairs) in _current) _previous[key] = pairs;
        _current.Clear();
        _added = false;
    }

    /// <summary>Writes what <see cref="Save"/> would write to a file beside <paramref name="file"/> now and lets this
    /// build's records go (the terms stay), once every article is weighed, so a large site's records are not held
    /// beside the postings built from them; <see cref="Save"/> then puts that file in place. With no file (a store
    /// nothing saves), the records are only let go.</summary>
    public void SetAside(string? file, string generatorVersion)
    {
        _pending.SetAside(file, file is null || Unchanged(file), next => Write(next, generatorVersion));
        _previous.Clear();
        _current.Clear();
    }

    /// <summary>Writes the bodies this build used (not the ones that disappeared) to <paramref name="file"/>, replacing
    /// it atomically (or puts in place what <see cref="SetAside"/> wrote); skipped when that is exactly what was
    /// loaded.</summary>
    public void Save(string file, string generatorVersion) =>
        _pending.Save(file, Unchanged(file), path => Write(path, generatorVersion));

    private bool Unchanged(string file) => _loaded && !_added && _previous.Count == 0 && File.Exists(file);

    private void Write(string file, string generatorVersion)
    {
        var renumber = new int[TermCount];
        foreach (var pairs in _current.Values)
        {
            foreach (var (id, _) in new Pairs(pairs)) renumber[id] = 1;
        }

        var strings = new List<string>();
        for (var id = 0; id < renumber.Length; id++)
        {
            if (renumber[id] == 0) continue;
            renumber[id] = strings.Count;
            strings.Add(_strings[id]);
        }

        using (var writer = new BinaryWriter(new BufferedStream(File.Create(file), 1 << 16)))
        {
            writer.Write(Magic);
            writer.Write(generatorVersion);
            writer.Write(strings.Count);
            foreach (var term in strings) writer.Write(term);
            writer.Write(_current.Count);
            var ids = new List<int>();
            var scores = new List<int>();
            foreach (var (key, pairs) in _current.OrderBy(p => p.Key))
            {
                writer.Write((ulong)(key >> 64));
                writer.Write((ulong)key);
                ids.Clear();
                scores.Clear();
                foreach (var (id, score) in new Pairs(pairs))
                {
                    ids.Add(renumber[id]);
                    scores.Add(score);
                }

                var packed = Pack(CollectionsMarshal.AsSpan(ids), CollectionsMarshal.AsSpan(scores));
                writer.Write(packed.Length);
                writer.Write(packed);
            }
        }

    }

    /// <summary>Packs (term id, score) pairs, sorting them by id: each id as the step from the previous one, then the
    /// score, both as variable-length numbers.</summary>
    private static byte[] Pack(Span<int> ids, Span<int> scores)
    {
        ids.Sort(scores);
        var buffer = ArrayPool<byte>.Shared.Rent(ids.Length * 10);
        try
        {
            var n = 0;
            var previous = 0;
            for (var i = 0; i < ids.Length; i++)
            {
                n = VarInt.Write(buffer, n, ids[i] - previous);
                n = VarInt.Write(buffer, n, scores[i]);
                previous = ids[i];
            }

            return buffer.AsSpan(0, n).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The id of <paramref name="term"/>, given a new one when the store has none (see <see
    /// cref="TermIds"/>, through which each thread finds the terms it has met).</summary>
    public int Intern(ReadOnlySpan<char> term)
    {
        if (_ids.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(term, out var id)) return id;
        return Intern(term.ToString());
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
            Volatile.Write(ref _count, id + 1);
            _ids[term] = id;
            return id;
        }
    }

    private static UInt128 Key(byte[] hash) =>
        new(BinaryPrimitives.ReadUInt64BigEndian(hash), BinaryPrimitives.ReadUInt64BigEndian(hash.AsSpan(8)));
}
