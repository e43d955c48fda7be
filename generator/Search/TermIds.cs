namespace StaticSite.Search;

/// <summary>One thread's ids of the search terms it has met, over the strings of a <see cref="SearchTermStore"/>: an
/// open-addressing table of (hash, id, term) entries, so finding a term costs a hash of its characters and mostly one
/// probe and one comparison with the term's string, which the entry points to; a term the thread has not met yet is
/// interned in the store, the only step shared between threads.</summary>
internal sealed class TermIds(SearchTermStore store)
{
    private Entry[] _slots = new Entry[1 << 16];
    private int _count;

    /// <summary>The id of <paramref name="term"/> in the store, given a new one when the store has none.</summary>
    public int Id(ReadOnlySpan<char> term)
    {
        var hash = Hash(term);
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var i = (int)hash & mask; slots[i].Term is { } known; i = (i + 1) & mask)
        {
            if (slots[i].Hash == hash && known.AsSpan().SequenceEqual(term)) return slots[i].Id;
        }

        var added = store.Intern(term);
        if (++_count * 2 > _slots.Length) _slots = Grown(_slots);
        Place(_slots, new Entry(hash, added, store.Term(added)));
        return added;
    }

    /// <summary>A term's hash, id and string; a slot whose string is null is empty.</summary>
    private readonly record struct Entry(uint Hash, int Id, string? Term);

    private static void Place(Entry[] slots, Entry entry)
    {
        var mask = slots.Length - 1;
        var i = (int)entry.Hash & mask;
        while (slots[i].Term is not null) i = (i + 1) & mask;
        slots[i] = entry;
    }

    private static Entry[] Grown(Entry[] slots)
    {
        var grown = new Entry[slots.Length * 2];
        foreach (var entry in slots)
        {
            if (entry.Term is not null) Place(grown, entry);
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
