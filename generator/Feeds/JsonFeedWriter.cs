using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StaticSite.Content;
using StaticSite.Indexing;

namespace StaticSite.Feeds;

/// <summary>Writes the JSON Feed 1.1 (https://jsonfeed.org/version/1.1) beside each Atom feed, with the same entries;
/// in the site feed's chain, <c>next_url</c> leads to the next older archive document, so a reader can page through the
/// whole archive.</summary>
internal static class JsonFeedWriter
{
    /// <summary>Text in any script stays readable, but <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and quotes are
    /// escaped, so no contributor text reads as markup even to a client that sniffs the file as HTML.</summary>
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), Indented = true, NewLine = "\n",
    };

    /// <summary>The JSON Feed of <paramref name="feed"/> as UTF-8; <paramref name="content"/> gives each item's full
    /// HTML, or null for a summary only.</summary>
    public static byte[] Write(SiteIndex index, FeedDocument feed, Func<Article, string?> content)
    {
        using var stream = new MemoryStream(16 * 1024);
        using (var json = Start(stream, index, feed))
        {
            foreach (var article in feed.Articles) Item(json, index, article, content(article));
            End(json, stream);
        }

        return stream.ToArray();
    }

    /// <summary>Starts the JSON Feed of <paramref name="feed"/> on <paramref name="stream"/>, up to its first item;
    /// <see cref="Item"/> writes each item and <see cref="End"/> ends it. The writer holds what it writes until it is
    /// flushed.</summary>
    public static Utf8JsonWriter Start(Stream stream, SiteIndex index, FeedDocument feed)
    {
        var urls = index.Urls;
        var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteString("version", "https://jsonfeed.org/version/1.1");
        json.WriteString("title", feed.Title);
        json.WriteString("home_page_url", urls.Absolute(feed.PagePath));
        json.WriteString("feed_url", urls.Absolute(UrlMap.JsonFeed(feed.Path)));
        if (feed.PrevArchive is { } older) json.WriteString("next_url", urls.Absolute(UrlMap.JsonFeed(older)));
        json.WriteString("language", index.Language);
        json.WriteStartArray("items");
        return json;
    }

    /// <summary>Ends the document <see cref="Start"/> began, flushes <paramref name="json"/> and ends the file with a
    /// line break.</summary>
    public static void End(Utf8JsonWriter json, Stream stream)
    {
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.Write("\n"u8);
    }

    /// <summary>Writes the item of <paramref name="article"/>, with <paramref name="content"/> as its full HTML (or its
    /// summary as text when null).</summary>
    public static void Item(Utf8JsonWriter json, SiteIndex index, Article article, string? content)
    {
        var urls = index.Urls;
        var url = urls.Absolute(UrlMap.Article(article.Slug));
        json.WriteStartObject();
        json.WriteString("id", url);
        json.WriteString("url", url);
        json.WriteString("title", article.Title);
        if (content is not null) json.WriteString("content_html", content);
        else json.WriteString("content_text", article.Summary);
        json.WriteString("summary", article.Summary);
        json.WriteString("date_published", new ContentDate(article.Date.Value, true).Rfc3339);
        json.WriteString("date_modified", new ContentDate(article.LastChanged.Value, true).Rfc3339);
        json.WriteStartArray("authors");
        foreach (var author in article.Authors)
        {
            json.WriteStartObject();
            json.WriteString("name", author);
            if (index.ReporterSlugs.TryGetValue(author, out var slug))
            {
                json.WriteString("url", urls.Absolute(UrlMap.Reporter(slug)));
            }

            json.WriteEndObject();
        }

        if (article.Authors.Count == 0)
        {
            json.WriteStartObject();
            json.WriteString("name", article.Publication.Name);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("tags");
        foreach (var topic in article.Topics) json.WriteStringValue(topic.Title);
        json.WriteEndArray();
        json.WriteString("language", article.Language);
        json.WriteEndObject();
    }
}
