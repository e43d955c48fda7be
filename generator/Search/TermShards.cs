using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;

namespace StaticSite.Search;

/// <summary>The term shards of a search index: every index key (an English stem, or a CJK n-gram) in ordinal order,
/// cut into files of about <see cref="ShardBytes"/> so a query fetches only the shards its keys fall in, each key with
/// its word forms and its postings (document, score, and which forms the document has). Postings are built from each
/// article's stored (term id, score) pairs a group of shards at a time, so only one group's postings are in memory at
/// once.</summary>
/// <param name="store">The store whose term ids the pairs use.</param>
/// <param name="articles">Each article's packed pairs, in document order; each is let go of (its entry set to
/// null) once its pairs are re-packed for the postings.</param>
/// <param name="groupPostings">The most postings held at once, unless one shard alone has more.</param>
internal sealed class TermShards(
    SearchTermStore store, byte[]?[] articles, int groupPostings = TermShards.GroupPostings)
{
    /// <summary>The usual most postings held at once: 1 Mi, 12 MiB.</summary>
    public const int GroupPostings = 1024 * 1024;

    /// <summary>About how many bytes a shard holds before compression.</summary>
    public const int ShardBytes = 16 * 1024;

    /// <summary>Forms of one key beyond this many share the last bit of a posting's form mask.</summary>
    private const int MaskBits = 32;

    /// <summary>Gives <paramref name="write"/> every shard's number and its (uncompressed) bytes, several shards at
    /// once, and returns the first key of each shard, which the script searches to find a key's shard.</summary>
    public IReadOnlyList<string> Write(Action<int, ReadOnlySpan<byte>> write)
    {
        var layout = KeyLayout.Of(store, articles);
        var cuts = Cut(layout);
        var terms = TermOrder.Of(layout);
        var ordered = RankOrdered(terms);
        var reader = new Reader(new int[articles.Length], new int[articles.Length]);
        var (start, next) = (new int[layout.Keys.Length], new int[layout.Keys.Length]);
        int[] docs = [], scores = [], masks = [], chunks = [];
        for (var first = 0; first < cuts.Count - 1;)
        {
            var last = first + 1;
            var total = Postings(layout, cuts, first, last);
            while (last < cuts.Count - 1 && total + Postings(layout, cuts, last, last + 1) <= groupPostings)
            {
                total += Postings(layout, cuts, last, last + 1);
                last++;
            }

            var offset = 0;
            for (var rank = cuts[first]; rank < cuts[last]; rank++)
            {
                var key = layout.Order[rank];
                start[key] = offset;
                offset += layout.Postings[key];
            }

            if (docs.Length < offset)
            {
                (docs, scores, masks, chunks) = (new int[offset], new int[offset], new int[offset], new int[offset]);
            }

            var group = new Group(layout, cuts[first], cuts[last], start, docs, scores, masks, chunks);
            Fill(group, terms, ordered, reader, next);
            Parallel.For(first, last, shard => write(shard, Shard(group, cuts[shard], cuts[shard + 1])));
            first = last;
        }

        return cuts.Take(cuts.Count - 1).Select(rank => rank == 0 ? "" : layout.Keys[layout.Order[rank]]).ToList();
    }

    private static long Postings(KeyLayout layout, List<int> cuts, int from, int to)
    {
        long total = 0;
        for (var rank = cuts[from]; rank < cuts[to]; rank++) total += layout.Postings[layout.Order[rank]];
        return total;
    }

    /// <summary>The rank (in key order) each shard starts at, and the key count at the end.</summary>
    private static List<int> Cut(KeyLayout layout)
    {
        var cuts = new List<int> { 0 };
        long size = 0;
        for (var rank = 0; rank < layout.Order.Length; rank++)
        {
            var key = layout.Order[rank];
            var bytes = 8 + 3L * layout.Postings[key] + layout.Keys[key].Length * 2;
            if (size > 0 && size + bytes > ShardBytes)
            {
                cuts.Add(rank);
                size = 0;
            }

            size += bytes;
        }

        cuts.Add(layout.Order.Length);
        return cuts;
    }

    /// <summary>One group's postings: for the keys ranked from <see cref="From"/> up to <see cref="To"/>, where each
    /// key's run starts, and the runs' documents, scores, form masks and first chunks.</summary>
    private sealed record Group(KeyLayout Layout, int From, int To, int[] Start, int[] Docs, int[] Scores,
        int[] Masks, int[] Chunks);

    /// <summary>Where each article's reading of <see cref="RankOrdered"/> stands: the byte position, and the term
    /// rank read last.</summary>
    private sealed record Reader(int[] Position, int[] Rank);

    /// <summary>The terms in key order (by key rank, then by form): each term id's rank in that order, and at each
    /// rank the key rank and the form's bit in the mask (a form index past the mask's last bit shares that
    /// bit).</summary>
    private sealed record TermOrder(int[] RankOf, int[] KeyRank, byte[] Form)
    {
        public static TermOrder Of(KeyLayout layout)
        {
            var count = layout.Forms.Sum(forms => forms.Count);
            var order = new TermOrder(new int[layout.KeyOf.Length], new int[count], new byte[count]);
            var rank = 0;
            for (var keyRank = 0; keyRank < layout.Order.Length; keyRank++)
            {
                foreach (var id in layout.Forms[layout.Order[keyRank]])
                {
                    order.RankOf[id] = rank;
                    order.KeyRank[rank] = keyRank;
                    order.Form[rank++] = (byte)Math.Min(layout.FormIndex[id], MaskBits - 1);
                }
            }

            return order;
        }
    }

    /// <summary>Each article's pairs renumbered in key order (see <see cref="TermOrder"/>): the step from the term
    /// rank before, and the score and chunk, so filling a group of shards reads on from where the group before it
    /// stopped, and each pair is read once in all instead of once a group. Each article's packed pairs are let go of
    /// once re-packed: the two forms take about as many bytes.</summary>
    private byte[][] RankOrdered(TermOrder terms)
    {
        var ordered = new byte[articles.Length][];
        Parallel.For(0, articles.Length, () => new List<long>(), (doc, _, pairs) =>
        {
            pairs.Clear();
            foreach (var (id, value) in new Pairs(articles[doc]!))
            {
                pairs.Add((long)terms.RankOf[id] << 32 | (uint)value);
            }

            CollectionsMarshal.AsSpan(pairs).Sort();
            var buffer = ArrayPool<byte>.Shared.Rent(pairs.Count * 10);
            var (n, previous) = (0, 0);
            foreach (var pair in pairs)
            {
                var rank = (int)(pair >> 32);
                n = VarInt.Write(buffer, VarInt.Write(buffer, n, rank - previous), (int)pair);
                previous = rank;
            }

            ordered[doc] = buffer.AsSpan(0, n).ToArray();
            articles[doc] = null;
            ArrayPool<byte>.Shared.Return(buffer);
            return pairs;
        }, _ => { });
        return ordered;
    }

    /// <summary>Puts the postings of the group's keys into their runs, in document order, one posting per document
    /// however many forms of the key it has: their scores summed, the first chunk any of them occurs in. Reads each
    /// article's pairs on from <paramref name="reader"/>'s position up to the first key past the group; <paramref
    /// name="next"/> is where each key's next posting goes.</summary>
    private static void Fill(Group group, TermOrder terms, byte[][] ordered, Reader reader, int[] next)
    {
        var layout = group.Layout;
        for (var rank = group.From; rank < group.To; rank++) next[layout.Order[rank]] = group.Start[layout.Order[rank]];
        for (var doc = 0; doc < ordered.Length; doc++)
        {
            var bytes = ordered[doc];
            var (position, termRank, lastKey) = (reader.Position[doc], reader.Rank[doc], -1);
            while (position < bytes.Length)
            {
                var after = position;
                var term = termRank + VarInt.Read(bytes, ref after);
                var keyRank = terms.KeyRank[term];
                if (keyRank >= group.To) break;
                var bit = 1 << terms.Form[term];
                var value = VarInt.Read(bytes, ref after);
                (position, termRank) = (after, term);
                var (score, chunk) = (value >> SearchFragment.ChunkBits, value & (SearchFragment.MaxChunks - 1));
                var key = layout.Order[keyRank];
                ref var at = ref next[key];
                if (key == lastKey)
                {
                    group.Scores[at - 1] += score;
                    group.Masks[at - 1] |= bit;
                    group.Chunks[at - 1] = Math.Min(group.Chunks[at - 1], chunk);
                    continue;
                }

                lastKey = key;
                (group.Docs[at], group.Scores[at], group.Masks[at], group.Chunks[at]) = (doc, score, bit, chunk);
                at++;
            }

            (reader.Position[doc], reader.Rank[doc]) = (position, termRank);
        }
    }

    /// <summary>The bytes of the shard of the keys ranked from <paramref name="from"/> up to <paramref name="to"/>:
    /// the key count, then per key its UTF-8 bytes, its forms (none when its one form is the key itself), its posting
    /// count, the byte length of its postings and the postings (document step, score shifted left by <see
    /// cref="SearchFragment.ChunkBits"/> with the first chunk in those bits, and the form mask when it has several
    /// forms), all numbers variable-length.</summary>
    private byte[] Shard(Group group, int from, int to)
    {
        var layout = group.Layout;
        var bytes = new List<byte>(ShardBytes + 1024);
        var postings = new List<byte>();
        VarInt.Write(bytes, to - from);
        for (var rank = from; rank < to; rank++)
        {
            var key = layout.Order[rank];
            WriteString(bytes, layout.Keys[key]);
            var forms = layout.Forms[key];
            var plain = forms.Count == 1 && store.Term(forms[0]) == layout.Keys[key];
            VarInt.Write(bytes, plain ? 0 : forms.Count);
            if (!plain) forms.ForEach(form => WriteString(bytes, store.Term(form)));
            postings.Clear();
            var previous = 0;
            for (var k = group.Start[key]; k < group.Start[key] + layout.Postings[key]; k++)
            {
                VarInt.Write(postings, group.Docs[k] - previous);
                VarInt.Write(postings, group.Scores[k] << SearchFragment.ChunkBits | group.Chunks[k]);
                if (forms.Count > 1) VarInt.Write(postings, group.Masks[k]);
                previous = group.Docs[k];
            }

            VarInt.Write(bytes, layout.Postings[key]);
            VarInt.Write(bytes, postings.Count);
            bytes.AddRange(postings);
        }

        return [.. bytes];
    }

    private static void WriteString(List<byte> bytes, string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        VarInt.Write(bytes, utf8.Length);
        bytes.AddRange(utf8);
    }
}
