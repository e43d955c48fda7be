using System.Text;
using StaticSite.Search;

namespace StaticSite.Tests.Search;

public sealed class TermShardsTests
{
    private static byte[] Key(int article) => System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(article));

    private static string[] Shards(SearchTermStore store, IReadOnlyList<ReadOnlyMemory<int>> articles, int shards, int groupPostings)
    {
        var files = new string[shards];
        new TermShards(store, articles, shards, groupPostings).Write((shard, write) =>
        {
            using var stream = new MemoryStream();
            using (var writer = new System.Text.Json.Utf8JsonWriter(stream, SearchIndexBuilder.WriterOptions)) write(writer);
            files[shard] = Encoding.UTF8.GetString(stream.ToArray());
        });
        return files;
    }

    [Fact]
    public void Each_term_lists_its_documents_in_order_as_deltas_with_scores_in_the_shard_its_hash_names()
    {
        var store = new SearchTermStore();
        store.Put(Key(0), [new("video", 3), new("ban", 1)]);
        store.Put(Key(1), [new("ban", 2)]);
        store.Put(Key(2), [new("video", 5), new("결혼", 4)]);
        var articles = Enumerable.Range(0, 3).Select(a => store.Pairs(Key(a))).ToList();

        var files = Shards(store, articles, 1, TermShards.GroupPostings);

        Assert.Equal("{\"ban\":[0,1,1,2],\"video\":[0,3,2,5],\"결혼\":[2,4]}", files[0]);
    }

    [Fact]
    public void Building_a_few_shards_at_a_time_writes_the_same_shards_as_building_all_at_once()
    {
        var store = new SearchTermStore();
        var random = new Random(7);
        for (var article = 0; article < 300; article++)
        {
            var terms = Enumerable.Range(0, random.Next(0, 40)).Select(_ => $"t{random.Next(0, 500)}").Distinct()
                .Select(t => new KeyValuePair<string, int>(t, random.Next(1, 30))).ToArray();
            store.Put(Key(article), terms);
        }

        var articles = Enumerable.Range(0, 300).Select(a => store.Pairs(Key(a))).ToList();
        var together = Shards(store, articles, 9, TermShards.GroupPostings);

        Assert.Equal(together, Shards(store, articles, 9, 1));
        Assert.Equal(together, Shards(store, articles, 9, 700));
        Assert.All(together, file => Assert.StartsWith("{\"t", file));
    }
}
