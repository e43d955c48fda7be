namespace StaticSite.Search;

/// <summary>One thread's ids of the search terms it has met, over the strings of a <see cref="SearchTermStore"/>: an
/// open-addressing table of (hash, id) pairs, so finding a term costs a hash of its characters and mostly one probe
/// and one comparison; a term the thread has not met yet is interned in the store, the only step shared between
/// threads.</summary>
internal sealed class TermIds(SearchTermStore store)
{
    private ulong[] _slots = new ulong[1 << 16];
    private int _count;

    /// <summary>The id of <paramref name="term"/> in the store, given a new one when the store has none.</summary>
    public int Id(ReadOnlySpan<char> term)
    {
        var hash = Hash(term);
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var i = (int)hash & mask; slots[i] != 0; i = (i + 1) & mask)
        {
            var entry = slots[i];
            if ((uint)(entry >> 32) != hash) continue;
            var id = (int)(uint)entry - 1;
            if (store.Term(id).AsSpan().SequenceEqual(term)) return id;
        }

        var added = store.Intern(term);
        if (++_count * 2 > _slots.Length) _slots = Grown(_slots);
        Place(_slots, hash, added);
        return added;
    }

    private static void Place(ulong[] slots, uint hash, int id)
    {
        var mask = slots.Length - 1;
        var i = (int)hash & mask;
        while (slots[i] != 0) i = (i + 1) & mask;
        slots[i] = (ulong)hash << 32 | (uint)(id + 1);
    }

    private static ulong[] Grown(ulong[] slots)
    {
        var grown = new ulong[slots.Length * 2];
        foreach (var entry in slots)
        {
            if (entry != 0) Place(grown, (uint)(entry >> 32), (int)(uint)entry - 1);
        }

        return grown;
    }

    /// <summary>FNV-1a over the UTF-16 units, then mixed so the low bits that pick a slot depend on every
    /// character.</summary>
    private static uint Hash(ReadOnlySpan<char> term)
    {
        var hash = 2166136261u;
        foreach (var c in term) hash = (hash ^ c) * 16777619u;
        hash ^= hash >> 16;
        hash *= 0x7feb352du;
        hash ^= hash >> 15;
        return hash;
    }
}
