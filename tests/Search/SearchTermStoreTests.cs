using StaticSite.Search;

namespace StaticSite.Tests.Search;

public sealed class SearchTermStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("staticsite-terms-").FullName;

    public void Dispose() => Directory.Delete(_folder, true);

    private string File => Path.Combine(_folder, "terms.bin");

    private static byte[] Hash(byte seed) => System.Security.Cryptography.SHA256.HashData([seed]);

    private static List<KeyValuePair<string, int>> Sorted(IEnumerable<KeyValuePair<string, int>> terms) =>
        terms.OrderBy(t => t.Key, StringComparer.Ordinal).ToList();

    [Fact]
    public void Saved_terms_come_back_for_the_same_body_hash_and_only_the_bodies_used_are_kept()
    {
        var store = SearchTermStore.Load(File, "v1");
        store.Put(Hash(1), [new("wedding", 3), new("video", 1)]);
        store.Put(Hash(2), [new("결혼", 2)]);
        store.Save(File, "v1");

        var second = SearchTermStore.Load(File, "v1");
        Assert.True(second.TryGet(Hash(1), out var terms));
        Assert.Equal([new("wedding", 3), new("video", 1)], terms);
        second.Save(File, "v1");

        var third = SearchTermStore.Load(File, "v1");
        Assert.True(third.TryGet(Hash(1), out _));
        Assert.False(third.TryGet(Hash(2), out _));
    }

    [Fact]
    public void Terms_set_aside_once_weighed_replace_the_old_file_only_when_saved_and_the_terms_stay_readable()
    {
        var store = SearchTermStore.Load(File, "v1");
        store.Put(Hash(1), [new("wedding", 3)]);
        store.Save(File, "v1");
        var before = System.IO.File.ReadAllBytes(File);
        var next = SearchTermStore.Load(File, "v1");
        next.Put(Hash(2), [new("결혼", 2)]);

        next.SetAside(File, "v1");

        Assert.Equal(before, System.IO.File.ReadAllBytes(File));
        Assert.False(next.Contains(Hash(2)));
        Assert.Equal("결혼", next.Term(next.Intern("결혼")));
        next.Save(File, "v1");
        Assert.False(System.IO.File.Exists(File + ".next"));
        var saved = SearchTermStore.Load(File, "v1");
        Assert.True(saved.TryGet(Hash(2), out var terms));
        Assert.Equal([new("결혼", 2)], terms);
        Assert.False(saved.TryGet(Hash(1), out _));
    }

    [Fact]
    public void A_store_from_another_generator_build_or_a_damaged_file_starts_empty()
    {
        var store = SearchTermStore.Load(File, "v1");
        store.Put(Hash(1), [new("wedding", 3)]);
        store.Save(File, "v1");

        Assert.False(SearchTermStore.Load(File, "v2").TryGet(Hash(1), out _));
        var bytes = System.IO.File.ReadAllBytes(File);
        System.IO.File.WriteAllBytes(File, bytes[..^3]);
        Assert.False(SearchTermStore.Load(File, "v1").TryGet(Hash(1), out _));
    }

    [Fact]
    public void Terms_kept_from_the_previous_build_are_read_as_term_ids_and_counts_and_stay_in_the_file()
    {
        var store = SearchTermStore.Load(File, "v1");
        store.Put(Hash(1), [new("wedding", 3), new("video", 1)]);
        store.Put(Hash(2), [new("결혼", 2)]);
        store.Save(File, "v1");

        var next = SearchTermStore.Load(File, "v1");
        Assert.True(next.Keep(Hash(1)));
        Assert.False(next.Keep(Hash(3)));
        var pairs = new List<(int Id, int Score)>();
        foreach (var pair in new Pairs(next.Packed(Hash(1)))) pairs.Add(pair);
        Assert.Equal(["wedding", "video"], [next.Term(pairs[0].Id), next.Term(pairs[1].Id)]);
        Assert.Equal([3, 1], [pairs[0].Score, pairs[1].Score]);
        Assert.All(pairs, p => Assert.InRange(p.Id, 0, next.TermCount - 1));
        next.Save(File, "v1");

        var third = SearchTermStore.Load(File, "v1");
        Assert.True(third.TryGet(Hash(1), out var terms));
        Assert.Equal([new("wedding", 3), new("video", 1)], terms);
        Assert.False(third.TryGet(Hash(2), out _));
    }

    [Fact]
    public void Threads_that_put_and_get_terms_at_once_each_get_back_exactly_what_was_put_and_the_file_keeps_it()
    {
        var store = SearchTermStore.Load(File, "v1");
        static KeyValuePair<string, int>[] TermsOf(int body) =>
            Enumerable.Range(0, 40).Select(i => new KeyValuePair<string, int>(i % 2 == 0 ? $"shared{(body * 7 + i * 13) % 3000}" : $"only{body}-{i}", body % 5 + i)).ToArray();
        static byte[] BodyHash(int body) => System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(body));

        const int Threads = 4, Bodies = 5000;
        var failures = new System.Collections.Concurrent.ConcurrentBag<int>();
        using var start = new Barrier(Threads);
        var workers = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (var body = t; body < Bodies * Threads; body += Threads)
            {
                store.Put(BodyHash(body), TermsOf(body));
                if (!store.TryGet(BodyHash(body), out var back) || !Sorted(back).SequenceEqual(Sorted(TermsOf(body)))) failures.Add(body);
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        Assert.Empty(failures);
        store.Save(File, "v1");

        var next = SearchTermStore.Load(File, "v1");
        for (var body = 0; body < Bodies * Threads; body++)
        {
            Assert.True(next.TryGet(BodyHash(body), out var back));
            Assert.Equal(Sorted(TermsOf(body)), Sorted(back));
        }
    }
}
