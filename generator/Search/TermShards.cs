using System.Text.Json;

namespace StaticSite.Search;

/// <summary>The term shards of a search index (term → postings of document and score), built from each article's stored
/// (term id, score) pairs a group of shards at a time, so the postings of a large site sit in two exactly sized integer
/// arrays that the collector never scans and only one group's postings are in memory at once.</summary>
/// <param name="store">The store whose term ids the pairs use.</param>
/// <param name="articles">Each article's (term id, score) pairs, in document order.</param>
/// <param name="shards">How many shards the terms are spread over.</param>
/// <param name="groupPostings">The most postings held at once, unless one shard alone has more.</param>
internal sealed class TermShards(
    SearchTermStore store, IReadOnlyList<ReadOnlyMemory<int>> articles, int shards,
        int groupPostings = TermShards.GroupPostings)
{
    /// <summary>The usual most postings held at once: 4 Mi, 32 MiB.</summary>
    public const int GroupPostings = 4 * 1024 * 1024;

    /// <summary>Gives <paramref name="write"/> every shard's number with a writer of its JSON object (each term, in
    /// ordinal order, with its postings as document deltas and scores); the shards of one group are written in
    /// parallel.</summary>
    public void Write(Action<int, Action<Utf8JsonWriter>> write)
    {
        var layout = Lay();
        var start = new int[layout.Counts.Length];
        var next = new int[layout.Counts.Length];
        int[] docs = [], scores = [];
        for (var first = 0; first < shards;)
        {
            var last = first;
            long total = 0;
            while (last < shards && (last == first || total + layout.Postings[last] <= groupPostings))
            {
                total += layout.Postings[last++];
            }

            var offset = 0;
            for (var shard = first; shard < last; shard++)
            {
                foreach (var id in layout.Terms[shard])
                {
                    start[id] = next[id] = offset;
                    offset += layout.Counts[id];
                }
            }

            if (docs.Length < offset) (docs, scores) = (new int[offset], new int[offset]);
            Fill(layout.ShardOf, first, last, next, docs, scores);
            var group = new Group(start, layout.Counts, docs, scores);
            Parallel.For(first, last, shard => write(shard, w => WriteShard(w, layout.Terms[shard], group)));
            first = last;
        }
    }

    /// <summary>How many postings each term has, the shard of each term, each shard's terms in ordinal order, and each
    /// shard's postings.</summary>
    private sealed record Layout(int[] Counts, int[] ShardOf, List<int>[] Terms, long[] Postings);

    /// <summary>One group's postings: where each term's run starts, its length, and the runs' documents and
    /// scores.</summary>
    private sealed record Group(int[] Start, int[] Counts, int[] Docs, int[] Scores);

    private Layout Lay()
    {
        var termCount = store.TermCount;
        var counts = new int[termCount];
        foreach (var pairs in articles)
        {
            var span = pairs.Span;
            for (var j = 0; j < span.Length; j += 2) counts[span[j]]++;
        }

        var shardOf = new int[termCount];
        var terms = new List<int>[shards];
        var postings = new long[shards];
        for (var shard = 0; shard < shards; shard++) terms[shard] = [];
        for (var id = 0; id < termCount; id++)
        {
            if (counts[id] == 0) continue;
            var shard = shardOf[id] = SearchTokenizer.Shard(store.Term(id), shards);
            terms[shard].Add(id);
            postings[shard] += counts[id];
        }

        Parallel.For(0, shards, shard =>
            terms[shard].Sort((x, y) => string.CompareOrdinal(store.Term(x), store.Term(y))));
        return new Layout(counts, shardOf, terms, postings);
    }

    /// <summary>Puts the postings of the shards from <paramref name="first"/> up to <paramref name="last"/> into their
    /// terms' runs, in document order.</summary>
    private void Fill(int[] shardOf, int first, int last, int[] next, int[] docs, int[] scores)
    {
        for (var doc = 0; doc < articles.Count; doc++)
        {
            var span = articles[doc].Span;
            for (var j = 0; j < span.Length; j += 2)
            {
                var id = span[j];
                var shard = shardOf[id];
                if (shard < first || shard >= last) continue;
                var k = next[id]++;
                docs[k] = doc;
                scores[k] = span[j + 1];
            }
        }
    }

    private void WriteShard(Utf8JsonWriter w, List<int> terms, Group group)
    {
        w.WriteStartObject();
        foreach (var id in terms)
        {
            w.WriteStartArray(store.Term(id));
            var previous = 0;
            for (var k = group.Start[id]; k < group.Start[id] + group.Counts[id]; k++)
            {
                w.WriteNumberValue(group.Docs[k] - previous);
                w.WriteNumberValue(group.Scores[k]);
                previous = group.Docs[k];
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }
}
