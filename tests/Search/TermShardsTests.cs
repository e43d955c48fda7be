using StaticSite.Search;

namespace StaticSite.Tests.Search;

public sealed class TermShardsTests
{
    private static byte[] Key(int article) => System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(article));

    private static (List<string> FirstKeys, string[] Shards) Shards(SearchTermStore store, IReadOnlyList<byte[]> articles, int groupPostings)
    {
        var files = new System.Collections.Concurrent.ConcurrentDictionary<int, string>();
        var firstKeys = new TermShards(store, articles.ToArray(), groupPostings).Write((shard, bytes) =>
            files[shard] = string.Join("; ", SearchIndexFiles.Parse(bytes.ToArray()).Select(e =>
                $"{e.Key} [{string.Join(",", e.Forms)}] {string.Join(" ", e.Postings)}")));
        return (firstKeys.ToList(), files.OrderBy(f => f.Key).Select(f => f.Value).ToArray());
    }

    [Fact]
    public void Each_key_lists_its_forms_and_one_posting_per_document_with_the_forms_it_has_and_their_first_chunk()
    {
        static KeyValuePair<string, int> Term(string term, int score, int chunk) =>
            new(term, score << SearchFragment.ChunkBits | chunk);
        var store = new SearchTermStore();
        store.Put(Key(0), [Term("protests", 3, 1), Term("ban", 1, 0), Term("protest", 2, 2)]);
        store.Put(Key(1), [Term("ban", 2, 3)]);
        store.Put(Key(2), [Term("protesters", 5, 0), Term("결혼", 4, 0)]);
        var articles = Enumerable.Range(0, 3).Select(a => store.Packed(Key(a))).ToList();

        var (firstKeys, files) = Shards(store, articles, TermShards.GroupPostings);

        Assert.Equal([""], firstKeys);
        Assert.Equal("ban [ban] (0, 1, 1, 0) (1, 2, 1, 3); protest [protest,protesters,protests] (0, 5, 5, 1) (2, 5, 2, 0); 결혼 [결혼] (2, 4, 1, 0)", files[0]);
    }

    [Fact]
    public void Building_a_few_shards_at_a_time_writes_the_same_shards_as_building_all_at_once_in_key_order()
    {
        var store = new SearchTermStore();
        var random = new Random(7);
        for (var article = 0; article < 3000; article++)
        {
            var terms = Enumerable.Range(0, random.Next(0, 60)).Select(_ => $"t{random.Next(0, 5000)}").Distinct()
                .Select(t => new KeyValuePair<string, int>(t, random.Next(1, 30))).ToArray();
            store.Put(Key(article), terms);
        }

        var articles = Enumerable.Range(0, 3000).Select(a => store.Packed(Key(a))).ToList();
        var together = Shards(store, articles, TermShards.GroupPostings);

        Assert.True(together.Shards.Length > 2);
        Assert.Equal(together.Shards, Shards(store, articles, 1).Shards);
        Assert.Equal(together.Shards, Shards(store, articles, 7000).Shards);
        Assert.Equal(together.FirstKeys.Order(StringComparer.Ordinal), together.FirstKeys);
    }
}
