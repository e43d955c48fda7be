namespace StaticSite.Search;

/// <summary>The index keys of a set of articles' terms: each term's key (<see cref="SearchTokenizer.Key"/>) and its
/// place among the key's forms, each key's forms in ordinal order, the keys' ordinal order, and how many documents
/// each key has.</summary>
internal sealed record KeyLayout(string[] Keys, int[] KeyOf, int[] FormIndex, List<int>[] Forms, int[] Order,
    int[] Rank, int[] Postings)
{
    /// <summary>The layout of the terms <paramref name="articles"/> use.</summary>
    public static KeyLayout Of(SearchTermStore store, IReadOnlyList<byte[]?> articles)
    {
        var termCount = store.TermCount;
        var used = new bool[termCount];
        foreach (var packed in articles)
        {
            foreach (var (id, _) in new Pairs(packed!)) used[id] = true;
        }

        var stems = new string?[termCount];
        Parallel.For(0, termCount, id =>
        {
            if (used[id]) stems[id] = SearchTokenizer.Key(store.Term(id));
        });
        var keyIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var keyOf = new int[termCount];
        var keys = new List<string>();
        var forms = new List<List<int>>();
        for (var id = 0; id < termCount; id++)
        {
            if (stems[id] is not { } stem) continue;
            if (!keyIds.TryGetValue(stem, out var key))
            {
                keyIds[stem] = key = keys.Count;
                keys.Add(stem);
                forms.Add([]);
            }

            keyOf[id] = key;
            forms[key].Add(id);
        }

        var formIndex = new int[termCount];
        Parallel.For(0, forms.Count, key =>
        {
            forms[key].Sort((x, y) => string.CompareOrdinal(store.Term(x), store.Term(y)));
            for (var i = 0; i < forms[key].Count; i++) formIndex[forms[key][i]] = i;
        });
        var order = Enumerable.Range(0, keys.Count).ToArray();
        var keyArray = keys.ToArray();
        Array.Sort(order, (x, y) => string.CompareOrdinal(keyArray[x], keyArray[y]));
        var rank = new int[keys.Count];
        for (var r = 0; r < order.Length; r++) rank[order[r]] = r;
        return new KeyLayout(keyArray, keyOf, formIndex, [.. forms], order, rank, CountPostings(keyOf, articles,
            keys.Count));
    }

    /// <summary>How many documents have some form of each key.</summary>
    private static int[] CountPostings(int[] keyOf, IReadOnlyList<byte[]?> articles, int keyCount)
    {
        var postings = new int[keyCount];
        var lastDoc = new int[keyCount];
        Array.Fill(lastDoc, -1);
        for (var doc = 0; doc < articles.Count; doc++)
        {
            foreach (var (id, _) in new Pairs(articles[doc]!))
            {
                var key = keyOf[id];
                if (lastDoc[key] == doc) continue;
                lastDoc[key] = doc;
                postings[key]++;
            }
        }

        return postings;
    }
}
