using System.Buffers;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StaticSite.Content;
using StaticSite.Indexing;

namespace StaticSite.Search;

/// <summary>Builds the static search index of one language, every file gzip-compressed: <c>meta.bin</c> (what the
/// script needs first: the first key of each term shard, the facets' names), <c>docs.bin</c> (each article's facets),
/// <c>t/N.bin</c> (the term shards) and <c>f/N.bin</c> (one fragment per article: what a result shows, and its text
/// for the excerpt), all loaded on demand by <c>search.js</c>. Articles are numbered oldest first, so adding a new
/// article leaves the numbers of the others as they were.</summary>
internal sealed class SearchIndexBuilder(SearchTermStore store)
{
    /// <summary>The version of the index files, which the script checks.</summary>
    public const int Version = 3;

    /// <summary>The JSON writer options: compact, and every string escaped by System.Text.Json (including &lt;, &gt;
    /// and &amp;) while letters of every script are written as UTF-8.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Create(
        UnicodeRanges.All) };

    /// <summary>Makes the files of the index and hands each to <paramref name="emit"/> (its name inside the search
    /// folder and its bytes, valid only during the call) as soon as it is made, from several threads at once, so a
    /// large site's term shards are never all in memory together. With <paramref name="previous"/>, an article whose
    /// fragment and chunks would come out as the previous build made them takes those files over instead.</summary>
    public void Build(SiteIndex index, Func<ContentDate, string> displayDate, Action<string, ReadOnlySpan<byte>> emit,
        IPreviousFiles? previous = null) =>
        WriteShards(WriteFragments(index, displayDate, emit, previous), emit);

    /// <summary>The first part of <see cref="Build"/>: writes (or takes over) every article's fragment and chunks,
    /// weighing the articles the store has no terms for, and returns what <see cref="WriteShards"/> needs. At most
    /// one thread per core weighs articles: each holds its own table of term ids, and <paramref name="emit"/> may
    /// block on the staging queue, which would otherwise make the thread pool add threads (and tables).</summary>
    public Weighed WriteFragments(SiteIndex index, Func<ContentDate, string> displayDate,
        Action<string, ReadOnlySpan<byte>> emit, IPreviousFiles? previous = null)
    {
        var articles = index.Articles.Reverse().ToList();
        return new Weighed(index, articles, WriteFragments(articles, index, displayDate, emit, previous));
    }

    /// <summary>What the fragments of one language leave for its shards: the articles in document order and each
    /// one's packed terms, which <see cref="WriteShards"/> lets go of as it reads them.</summary>
    public sealed record Weighed(SiteIndex Index, List<Article> Articles, byte[]?[] Packed);

    /// <summary>The second part of <see cref="Build"/>: the facets, the term shards and <c>meta.bin</c>; needs only
    /// the store's terms, not its records (see <see cref="SearchTermStore.SetAside"/>).</summary>
    public void WriteShards(Weighed weighed, Action<string, ReadOnlySpan<byte>> emit)
    {
        var (index, articles) = (weighed.Index, weighed.Articles);
        var facets = new SearchFacets(index, articles);
        emit("docs.bin", Gzip.Compress(facets.Documents()));
        var firstKeys = new TermShards(store, weighed.Packed).Write((shard, bytes) =>
            emit($"t/{shard}.bin", Gzip.Compress(bytes)));
        emit("meta.bin", Gzip.Compress(Json(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("version", Version);
            w.WriteNumber("count", articles.Count);
            w.WriteNumber("chunks", SearchFragment.MaxChunks);
            WriteList(w, "shards", firstKeys);
            WriteList(w, "stopwords", SearchTokenizer.StopWords);
            WriteList(w, "particles", SearchTokenizer.Particles);
            facets.WriteNames(w);
            w.WriteEndObject();
        })));
    }

    /// <summary>Writes (or takes over) every article's fragment and chunks and returns each article's packed terms, in
    /// document order, weighing the articles the store has no terms for. The threads' term-id tables are let go before
    /// the postings are built.</summary>
    private byte[]?[] WriteFragments(List<Article> articles, SiteIndex index, Func<ContentDate, string> displayDate,
        Action<string, ReadOnlySpan<byte>> emit, IPreviousFiles? previous)
    {
        var packed = new byte[]?[articles.Count];
        using var local = new ThreadLocal<TermIds>(() => new TermIds(store));
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, articles.Count, parallel, doc =>
        {
            var article = articles[doc];
            var key = TermsKey(article);
            var date = displayDate(article.Date);
            var files = previous is null ? null : FragmentKey(key, article, index, date);
            if (files is null || !store.Keep(key) || !Reused(previous!, doc, files))
            {
                var chunks = SearchFragment.Chunks(MarkdownText.Words(article.Body.Text));
                if (!store.Keep(key)) Weigh(store, local.Value!, key, article, chunks);
                WriteFragment(doc, article, index, date, chunks, emit);
                if (files is not null) previous!.Record(FileNames(doc, chunks.Count), $"{files}/{chunks.Count}");
            }

            packed[doc] = store.Packed(key);
        });
        return packed;
    }

    /// <summary>Hands the fragment of the article numbered <paramref name="doc"/> and its further chunks to
    /// <paramref name="emit"/>.</summary>
    private static void WriteFragment(int doc, Article article, SiteIndex index, string displayDate,
        List<ReadOnlyMemory<char>> chunks, Action<string, ReadOnlySpan<byte>> emit)
    {
        var fragment = Json(w => SearchFragment.Write(w, article, index, displayDate, chunks));
        emit(FileName(doc, 0), Gzip.Compress(fragment, Gzip.Fast));
        for (var chunk = 1; chunk < chunks.Count; chunk++)
        {
            emit(FileName(doc, chunk), Gzip.Compress(Utf8(chunks[chunk].Span), Gzip.Fast));
        }
    }

    /// <summary>Takes over the previous build's fragment and chunks of the article numbered <paramref name="doc"/>
    /// when they were made from inputs with this <paramref name="key"/> (recorded with their count) and are all still
    /// there.</summary>
    private static bool Reused(IPreviousFiles previous, int doc, string key)
    {
        var recorded = previous.KeyOf(FileName(doc, 0));
        return recorded is not null && recorded.Length > key.Length + 1
            && recorded.StartsWith(key, StringComparison.Ordinal) && recorded[key.Length] == '/'
            && int.TryParse(recorded.AsSpan(key.Length + 1), out var chunks)
            && chunks is >= 1 and <= SearchFragment.MaxChunks
            && previous.Reuse(FileNames(doc, chunks), recorded);
    }

    /// <summary>The file of chunk <paramref name="chunk"/> of the article numbered <paramref name="doc"/>: the
    /// fragment for the first, a file of its own for each other.</summary>
    private static string FileName(int doc, int chunk) => chunk == 0 ? $"f/{doc}.bin" : $"f/{doc}-{chunk}.bin";

    private static List<string> FileNames(int doc, int chunks) =>
        Enumerable.Range(0, chunks).Select(chunk => FileName(doc, chunk)).ToList();

    /// <summary>The identity of everything an article's fragment and chunks are made of: what its terms are made of
    /// (<paramref name="termsKey"/>, which holds the body's hash) and the fields only the fragment shows.</summary>
    private static string FragmentKey(byte[] termsKey, Article article, SiteIndex index, string displayDate)
    {
        var text = string.Join('\u001f', $"fragment {Version}", Convert.ToHexString(termsKey),
            index.Urls.Href(UrlMap.Article(article.Slug)), article.Language, article.Date.Machine, displayDate,
            string.Join('\u001e', article.Translators), string.Join('\u001e', article.Authors));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static void WriteList(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values) w.WriteStringValue(value);
        w.WriteEndArray();
    }

    /// <summary>The identity of everything <see cref="Weigh"/> reads: the fields of the article and its registries'
    /// names, and the body's hash.</summary>
    public static byte[] TermsKey(Article article)
    {
        var text = new StringBuilder("article terms 3\u001f");
        foreach (var (texts, weight) in Fields(article))
        {
            foreach (var value in texts) text.Append(value).Append('\u001f');
            text.Append(weight).Append('\u001e');
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        return SHA256.HashData([.. bytes, .. article.Body.Hash]);
    }

    /// <summary>The searchable fields of an article besides its body, each with the weight of one occurrence of a
    /// term in it.</summary>
    private static IEnumerable<(IEnumerable<string> Texts, int Weight)> Fields(Article article) =>
    [
        ([article.Title], SearchWeights.Title),
        (article.OriginalTitle is { } original ? [original] : [], SearchWeights.OriginalTitle),
        (article.Topics.Select(t => t.Title), SearchWeights.Topic),
        ([article.Publication.Name], SearchWeights.Source),
        (article.Translators.Concat(article.Authors), SearchWeights.Person),
        (article.Places, SearchWeights.Place),
        ([article.Summary], SearchWeights.Summary),
        (new[] { article.Image?.Caption, article.Image?.Credit }.OfType<string>(), SearchWeights.Caption),
    ];

    /// <summary>Puts the weighted terms of one article into the store under <paramref name="key"/>: each field's term
    /// counts (capped) times the field's weight, summed, with every term of the body's prose <paramref name="chunks"/>
    /// (see <see cref="MarkdownText.Words"/> and <see cref="SearchFragment.Chunks"/>), shifted left by <see
    /// cref="SearchFragment.ChunkBits"/> to hold the first chunk the term occurs in; terms are found by id through
    /// this thread's <paramref name="ids"/>.</summary>
    private static void Weigh(SearchTermStore store, TermIds ids, byte[] key, Article article,
        List<ReadOnlyMemory<char>> chunks)
    {
        var scores = _scores ??= new Dictionary<int, int>(4096);
        var counts = _scratch ??= new Dictionary<int, int>(4096);
        var body = _body ??= new Dictionary<int, (int Count, int Chunk)>(4096);
        scores.Clear();
        body.Clear();
        foreach (var (texts, weight) in Fields(article))
        {
            foreach (var value in texts)
            {
                counts.Clear();
                SearchTokenizer.Count(value, ids, counts);
                foreach (var (term, count) in counts)
                {
                    Add(scores, term, weight * Math.Min(count, SearchWeights.RepeatCap));
                }
            }
        }

        for (var chunk = 0; chunk < chunks.Count; chunk++)
        {
            counts.Clear();
            SearchTokenizer.Count(chunks[chunk].Span, ids, counts);
            foreach (var (term, count) in counts)
            {
                ref var seen = ref CollectionsMarshal.GetValueRefOrAddDefault(body, term, out var exists);
                seen = (seen.Count + count, exists ? seen.Chunk : chunk);
            }
        }

        var terms = ArrayPool<int>.Shared.Rent(scores.Count + body.Count);
        var values = ArrayPool<int>.Shared.Rent(scores.Count + body.Count);
        var n = 0;
        foreach (var (id, (count, chunk)) in body)
        {
            scores.Remove(id, out var fields);
            var score = fields + SearchWeights.Body * Math.Min(count, SearchWeights.RepeatCap);
            (terms[n], values[n++]) = (id, score << SearchFragment.ChunkBits | chunk);
        }

        foreach (var (id, score) in scores) (terms[n], values[n++]) = (id, score << SearchFragment.ChunkBits);
        store.Put(key, terms.AsSpan(0, n), values.AsSpan(0, n));
        ArrayPool<int>.Shared.Return(terms);
        ArrayPool<int>.Shared.Return(values);
    }

    private static void Add(Dictionary<int, int> scores, int term, int score) =>
        CollectionsMarshal.GetValueRefOrAddDefault(scores, term, out _) += score;

    /// <summary>Each thread's body counts of one article and the first chunk each term occurs in.</summary>
    [ThreadStatic]
    private static Dictionary<int, (int Count, int Chunk)>? _body;

    /// <summary>Each thread's term counts of one field, cleared for the next.</summary>
    [ThreadStatic]
    private static Dictionary<int, int>? _scratch;

    /// <summary>Each thread's dictionary of one article's scores, cleared for the next article.</summary>
    [ThreadStatic]
    private static Dictionary<int, int>? _scores;

    /// <summary>The bytes <paramref name="write"/> writes as JSON, in a buffer of this thread that the next call on it
    /// reuses.</summary>
    private static ReadOnlySpan<byte> Json(Action<Utf8JsonWriter> write)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(1 << 16);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions)) write(writer);
        return buffer.WrittenSpan;
    }

    /// <summary>The UTF-8 bytes of <paramref name="text"/>, in the same buffer as <see cref="Json"/>.</summary>
    private static ReadOnlySpan<byte> Utf8(ReadOnlySpan<char> text)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(1 << 16);
        buffer.ResetWrittenCount();
        var written = Encoding.UTF8.GetBytes(text, buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length)));
        buffer.Advance(written);
        return buffer.WrittenSpan;
    }

    /// <summary>Each thread's JSON buffer, reused for every file it writes.</summary>
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;
}
