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

/// <summary>Builds the static search index of one language: a small <c>meta.json</c>, document chunks (title, link,
/// date, source, summary snippet) and term shards (term → weighted postings), all loaded on demand by
/// <c>search.js</c>.</summary>
internal sealed class SearchIndexBuilder(SearchTermStore store)
{
    /// <summary>Articles per document chunk file.</summary>
    public const int ChunkSize = 500;

    /// <summary>Articles per term shard, roughly: the shard count grows with the site so each shard stays
    /// small.</summary>
    public const int ArticlesPerShard = 250;

    private const int SnippetLength = 160;

    /// <summary>The JSON writer options: compact, and every string escaped by System.Text.Json (including &lt;, &gt;
    /// and &amp;) while letters of every script are written as UTF-8.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Create(
        UnicodeRanges.All) };

    /// <summary>Makes the files of the index and hands each to <paramref name="emit"/> (its name inside the search
    /// folder and its bytes, valid only during the call) as soon as it is made, from several threads at once, so a
    /// large site's term shards are never all in memory together.</summary>
    public void Build(SiteIndex index, Func<ContentDate, string> displayDate, Action<string, ReadOnlySpan<byte>> emit)
    {
        var articles = index.Articles;
        var shards = Math.Clamp((articles.Count + ArticlesPerShard - 1) / ArticlesPerShard, 1, 256);
        var weighted = new ReadOnlyMemory<int>[articles.Count];
        Parallel.For(0, articles.Count, i =>
        {
            var key = TermsKey(articles[i]);
            if (!store.Keep(key)) store.Put(key, Terms(articles[i]));
            weighted[i] = store.Pairs(key);
        });

        Write("meta.json", emit, w =>
        {
            w.WriteStartObject();
            w.WriteNumber("version", 1);
            w.WriteNumber("count", articles.Count);
            w.WriteNumber("chunk", ChunkSize);
            w.WriteNumber("shards", shards);
            w.WriteString("articles", index.Urls.Href("/articles/"));
            w.WriteStartArray("stopwords");
            foreach (var word in SearchTokenizer.StopWords) w.WriteStringValue(word);
            w.WriteEndArray();
            w.WriteEndObject();
        });

        for (var chunk = 0; chunk * ChunkSize < Math.Max(1, articles.Count); chunk++)
        {
            var first = chunk * ChunkSize;
            Write($"docs-{chunk}.json", emit, w =>
            {
                w.WriteStartArray();
                foreach (var a in articles.Skip(first).Take(ChunkSize))
                {
                    w.WriteStartArray();
                    w.WriteStringValue(a.Slug);
                    w.WriteStringValue(a.Title);
                    w.WriteStringValue(a.Date.Machine);
                    w.WriteStringValue(displayDate(a.Date));
                    w.WriteStringValue(a.Publication.Name);
                    w.WriteStringValue(Snippet(a.Summary));
                    w.WriteEndArray();
                }

                w.WriteEndArray();
            });
        }

        new TermShards(store, weighted, shards).Write((shard, write) => Write($"terms-{shard}.json", emit, write));
    }

    /// <summary>The identity of everything <see cref="Terms"/> reads: the fields of the article and its registries'
    /// names, and the body's hash.</summary>
    public static byte[] TermsKey(Article article)
    {
        var text = new StringBuilder("article terms\u001f");
        foreach (var field in new[] { article.Title, article.OriginalTitle ?? "\u0000", article.Publication.Name,
            article.Summary }
                     .Concat(article.Topics.Select(t => t.Title)).Append("\u001e").Concat(article.Translators)
                         .Append("\u001e").Concat(article.Authors))
        {
            text.Append(field).Append('\u001f');
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        return SHA256.HashData([.. bytes, .. article.Body.Hash]);
    }

    /// <summary>The weighted terms of one article (see <see cref="Weigh"/>), reading its body.</summary>
    public static KeyValuePair<string, int>[] Terms(Article article) => Weigh(article, BodyTerms(article.Body.Text));

    /// <summary>Stores the weighted terms of <paramref name="article"/> in <paramref name="store"/> (unless stored
    /// already) from its body's <paramref name="text"/>, already read for rendering, so indexing does not read the file
    /// again.</summary>
    public static void Prepare(SearchTermStore store, Article article, string text)
    {
        var key = TermsKey(article);
        if (!store.Keep(key)) store.Put(key, Weigh(article, BodyTerms(text)));
    }

    /// <summary>The weighted terms of one article: each field's term counts (capped) times the field's weight, summed;
    /// the body contributes only its most frequent terms, <paramref name="bodyTerms"/>.</summary>
    public static KeyValuePair<string, int>[] Weigh(Article article, KeyValuePair<string, int>[] bodyTerms)
    {
        var scores = _scores ??= new Dictionary<string, int>(SearchWeights.BodyTermLimit + 64, StringComparer.Ordinal);
        scores.Clear();
        void Add(string term, int count, int weight) =>
            CollectionsMarshal.GetValueRefOrAddDefault(scores, term, out _) += weight * Math.Min(
                count, SearchWeights.RepeatCap);

        void AddText(string text, int weight)
        {
            var counts = Scratch();
            SearchTokenizer.Count(text, counts);
            foreach (var (term, count) in counts) Add(term, count, weight);
        }

        AddText(article.Title, SearchWeights.Title);
        if (article.OriginalTitle is { } original) AddText(original, SearchWeights.OriginalTitle);
        foreach (var topic in article.Topics) AddText(topic.Title, SearchWeights.Topic);
        AddText(article.Publication.Name, SearchWeights.Source);
        foreach (var person in article.Translators.Concat(article.Authors)) AddText(person, SearchWeights.Person);
        AddText(article.Summary, SearchWeights.Summary);
        foreach (var (term, count) in bodyTerms) Add(term, count, SearchWeights.Body);
        return scores.ToArray();
    }

    /// <summary>The most frequent terms of a Markdown body with their counts (at most <see
    /// cref="SearchWeights.BodyTermLimit"/>), as the index weighs them.</summary>
    public static KeyValuePair<string, int>[] BodyTerms(string body)
    {
        var counts = Scratch();
        MarkdownText.CountTerms(body, counts);
        if (counts.Count <= SearchWeights.BodyTermLimit) return counts.ToArray();
        return counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(SearchWeights.BodyTermLimit).ToArray();
    }

    private static Dictionary<string, int> Scratch()
    {
        var counts = _scratch ??= new Dictionary<string, int>(1024, StringComparer.Ordinal);
        counts.Clear();
        return counts;
    }

    [ThreadStatic]
    private static Dictionary<string, int>? _scratch;

    /// <summary>Each thread's dictionary of one article's scores, cleared for the next article.</summary>
    [ThreadStatic]
    private static Dictionary<string, int>? _scores;

    private static string Snippet(string summary)
    {
        if (summary.Length <= SnippetLength) return summary;
        var cut = summary.LastIndexOf(' ', SnippetLength);
        return summary[..(cut > SnippetLength / 2 ? cut : SnippetLength)].TrimEnd() + "…";
    }

    private static void Write(string name, Action<string, ReadOnlySpan<byte>> emit, Action<Utf8JsonWriter> write)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(1 << 16);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions)) write(writer);
        emit(name, buffer.WrittenSpan);
    }

    /// <summary>Each thread's JSON buffer, reused for every file it writes.</summary>
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;
}
