using System.IO.Compression;
using System.Text;
using System.Text.Json;
using StaticSite.Pipeline;
using StaticSite.Search;

namespace StaticSite.Tests.Search;

/// <summary>Reads the search index files of a built site the way <c>search.js</c> does: gunzip, then the shard's keys,
/// forms and postings.</summary>
internal static class SearchIndexFiles
{
    /// <summary>A key of a term shard: its forms and its postings (document, score, form mask, first chunk of the
    /// body).</summary>
    public sealed record Entry(string Key, List<string> Forms, List<(int Doc, int Score, int Mask, int Chunk)> Postings);

    public static byte[] Gunzip(byte[] bytes)
    {
        using var input = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    public static JsonElement Meta(BuildResult result, string folder) =>
        JsonDocument.Parse(Gunzip(result.Output!.Get(folder + "meta.bin")!.ReadBytes())).RootElement;

    public static JsonElement Fragment(BuildResult result, string folder, int doc) =>
        JsonDocument.Parse(Gunzip(result.Output!.Get($"{folder}f/{doc}.bin")!.ReadBytes())).RootElement;

    /// <summary>Every shard's entries, in shard order.</summary>
    public static List<Entry> Entries(BuildResult result, string folder)
    {
        var shards = Meta(result, folder).GetProperty("shards").GetArrayLength();
        return Enumerable.Range(0, shards).SelectMany(s => Parse(Gunzip(result.Output!.Get($"{folder}t/{s}.bin")!
            .ReadBytes()))).ToList();
    }

    /// <summary>The documents filed under <paramref name="key"/>, none when it is not in the index.</summary>
    public static List<int> Documents(BuildResult result, string folder, string key) =>
        Entries(result, folder).FirstOrDefault(e => e.Key == key)?.Postings.Select(p => p.Doc).ToList() ?? [];

    /// <summary>The document number of the article with this slug.</summary>
    public static int DocumentOf(BuildResult result, string folder, string slug)
    {
        var count = Meta(result, folder).GetProperty("count").GetInt32();
        return Enumerable.Range(0, count).Single(d => Fragment(result, folder, d).GetProperty("u").GetString()!
            .EndsWith($"/articles/{slug}/", StringComparison.Ordinal));
    }

    public static List<Entry> Parse(byte[] bytes)
    {
        var at = 0;
        string Text()
        {
            var length = VarInt.Read(bytes, ref at);
            var text = Encoding.UTF8.GetString(bytes, at, length);
            at += length;
            return text;
        }

        var entries = new List<Entry>();
        for (var n = VarInt.Read(bytes, ref at); n > 0; n--)
        {
            var key = Text();
            var forms = Enumerable.Range(0, VarInt.Read(bytes, ref at)).Select(_ => Text()).ToList();
            var count = VarInt.Read(bytes, ref at);
            var end = VarInt.Read(bytes, ref at) + at;
            var postings = new List<(int, int, int, int)>();
            var doc = 0;
            while (at < end)
            {
                doc += VarInt.Read(bytes, ref at);
                var value = VarInt.Read(bytes, ref at);
                var mask = forms.Count > 1 ? VarInt.Read(bytes, ref at) : 1;
                postings.Add((doc, value >> SearchFragment.ChunkBits, mask, value & (SearchFragment.MaxChunks - 1)));
            }

            Assert.Equal(count, postings.Count);
            entries.Add(new Entry(key, forms.Count == 0 ? [key] : forms, postings));
        }

        return entries;
    }
}
