using System.Text.Json;
using StaticSite.Content;
using StaticSite.Indexing;

namespace StaticSite.Search;

/// <summary>The fragment of one article: what its search result shows (link, title, language, dates, source,
/// translators) and the texts the script takes the excerpt from and checks quoted phrases in.</summary>
internal static class SearchFragment
{
    /// <summary>Writes the fragment of <paramref name="article"/>, whose body's prose is <paramref
    /// name="text"/>.</summary>
    public static void Write(Utf8JsonWriter w, Article article, SiteIndex index, string displayDate, string text)
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
        w.WriteString("x", text);
        var other = new[] { article.OriginalTitle, article.Image?.Caption, article.Image?.Credit }
            .Concat(article.Topics.Select(t => t.Title)).Concat(article.Places).Concat(article.Authors)
            .OfType<string>();
        w.WriteString("o", string.Join('\n', other));
        w.WriteEndObject();
    }
}
