using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StaticSite.Content;
using StaticSite.Indexing;

namespace StaticSite.Feeds;

/// <summary>The JSON Feed (version 1.1) of the corrections log (<c>/corrections/feed.json</c>), beside its Atom feed:
/// the same entries, written with Utf8JsonWriter so every string is escaped.</summary>
internal static class CorrectionJsonFeedWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), NewLine = "\n",
    };

    /// <summary>The feed document of <paramref name="index"/>'s newest corrections, as UTF-8.</summary>
    public static byte[] Write(SiteIndex index)
    {
        var urls = index.Urls;
        using var bytes = new MemoryStream();
        using (var json = new Utf8JsonWriter(bytes, Options))
        {
            json.WriteStartObject();
            json.WriteString("version", "https://jsonfeed.org/version/1.1");
            json.WriteString("title", CorrectionFeedWriter.Title(index.Site.Title));
            json.WriteString("home_page_url", urls.Absolute(UrlMap.Corrections()));
            json.WriteString("feed_url", urls.Absolute(UrlMap.CorrectionsJsonFeed()));
            json.WriteString("language", index.Language);
            json.WriteStartArray("authors");
            json.WriteStartObject();
            json.WriteString("name", index.Site.Title);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("items");
            foreach (var correction in index.Corrections.Take(AtomFeedWriter.EntryCount))
            {
                json.WriteStartObject();
                json.WriteString("id", CorrectionFeedWriter.Url(urls, correction));
                json.WriteString("url", CorrectionFeedWriter.Url(urls, correction));
                json.WriteString("title", correction.Article.Title);
                json.WriteString("content_text", correction.Correction.Text);
                json.WriteString("date_published", new ContentDate(correction.Correction.Date.Value, true).Rfc3339);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        bytes.WriteByte((byte)'\n');
        return bytes.ToArray();
    }
}
