using System.Text.Json;
using StaticSite.Content;
using StaticSite.Indexing;

namespace StaticSite.Search;

/// <summary>The fragment of one article: what its search result shows (link, title, language, dates, source,
/// translators) and the texts the script takes the excerpt from and checks quoted phrases in. The body's prose is cut
/// into at most <see cref="MaxChunks"/> chunks: the first is in the fragment, the others in files of their own, and
/// each posting names the first chunk its term occurs in, so a result fetches only the part of a long article its
/// excerpt comes from.</summary>
internal static class SearchFragment
{
    /// <summary>The bits of a posting's score that hold the chunk (the score itself is shifted left by them).</summary>
    public const int ChunkBits = 2;

    /// <summary>The most chunks one article's prose is cut into.</summary>
    public const int MaxChunks = 1 << ChunkBits;

    /// <summary>About how many characters a chunk holds, unless the prose needs longer ones to fit in <see
    /// cref="MaxChunks"/>.</summary>
    public const int ChunkChars = 4000;

    /// <summary>The prose <paramref name="text"/> cut into chunks of about <see cref="ChunkChars"/> (or a
    /// <see cref="MaxChunks"/>th of the text when that is longer), each ending after a space or line break.</summary>
    public static List<ReadOnlyMemory<char>> Chunks(string text)
    {
        var size = Math.Max(ChunkChars, (text.Length + MaxChunks - 1) / MaxChunks);
        var chunks = new List<ReadOnlyMemory<char>>();
        var start = 0;
        while (text.Length - start > size && chunks.Count < MaxChunks - 1)
        {
            var end = text.AsSpan(start, size).LastIndexOfAny(' ', '\n');
            end = end <= 0 ? start + size : start + end + 1;
            chunks.Add(text.AsMemory(start, end - start));
            start = end;
        }

        chunks.Add(text.AsMemory(start));
        return chunks;
    }

    /// <summary>Writes the fragment of <paramref name="article"/>, whose body's prose is cut into <paramref
    /// name="chunks"/>: the first is written, and how many there are.</summary>
    public static void Write(Utf8JsonWriter w, Article article, SiteIndex index, string displayDate,
        List<ReadOnlyMemory<char>> chunks)
    {
        w.WriteStartObject();
        w.WriteString("u", index.Urls.Href(UrlMap.Article(article.Slug)));
        w.WriteString("t", article.Title);
        w.WriteString("l", article.Language);
        w.WriteString("d", article.Date.Machine);
        w.WriteString("dd", displayDate);
        w.WriteString("s", article.Publication.Name);
        w.WriteStartArray("tr");
        foreach (var translator in article.Translators) w.WriteStringValue(translator);
        w.WriteEndArray();
        w.WriteString("m", article.Summary);
        w.WriteString("x", chunks[0].Span);
        w.WriteNumber("n", chunks.Count);
        var other = new[] { article.OriginalTitle, article.Image?.Caption, article.Image?.Credit }
            .Concat(article.Topics.Select(t => t.Title)).Concat(article.Places).Concat(article.Authors)
            .OfType<string>();
        w.WriteString("o", string.Join('\n', other));
        w.WriteEndObject();
    }
}
