using System.Text;
using System.Xml;
using StaticSite.Content;
using StaticSite.Indexing;

namespace StaticSite.Feeds;

/// <summary>Writes Atom feeds with XmlWriter (so every value is XML-escaped); dates come from the content, never the
/// clock.</summary>
internal static class AtomFeedWriter
{
    /// <summary>How many of the newest articles a feed carries.</summary>
    public const int EntryCount = 20;

    private const string Ns = "http://www.w3.org/2005/Atom";

    /// <summary>The feed document for <paramref name="articles"/> (newest first), titled <paramref name="title"/> and
    /// published at <paramref name="feedPath"/>.</summary>
    public static string Write(SiteIndex index, string title, string feedPath, string pagePath,
        IReadOnlyList<Article> articles)
    {
        var urls = index.Urls;
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings
        {
            Indent = true, NewLineChars = "\n", OmitXmlDeclaration = false, Encoding = new UTF8Encoding(false),
        };
        using (var stringWriter = new Utf8StringWriter(builder))
        using (var xml = XmlWriter.Create(stringWriter, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Ns);
            xml.WriteAttributeString("xml", "lang", null, index.Site.Language);
            xml.WriteElementString("title", Ns, title);
            xml.WriteElementString("id", Ns, urls.Absolute(feedPath));
            Link(xml, "self", urls.Absolute(feedPath), "application/atom+xml");
            Link(xml, "alternate", urls.Absolute(pagePath), "text/html");
            var updated = articles.Count == 0 ? new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero)
                : articles.Take(EntryCount).Max(a => a.LastChanged.Value);
            xml.WriteElementString("updated", Ns, new ContentDate(updated, true).Rfc3339);
            xml.WriteStartElement("generator", Ns);
            xml.WriteString("staticsite");
            xml.WriteEndElement();
            foreach (var article in articles.Take(EntryCount)) Entry(xml, urls, article);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return builder.Append('\n').ToString();
    }

    private static void Entry(XmlWriter xml, UrlMap urls, Article article)
    {
        var url = urls.Absolute(UrlMap.Article(article.Slug));
        xml.WriteStartElement("entry", Ns);
        xml.WriteElementString("title", Ns, article.Title);
        xml.WriteElementString("id", Ns, url);
        Link(xml, "alternate", url, "text/html");
        if (article.OriginalUrl is { } original)
        {
            Link(xml, "via", original, "text/html", "Original report: " + (article.OriginalPublished is { } date
                ? date.Machine : "date not on record"));
        }

        xml.WriteElementString("published", Ns, new ContentDate(article.Date.Value, true).Rfc3339);
        xml.WriteElementString("updated", Ns, new ContentDate(article.LastChanged.Value, true).Rfc3339);
        foreach (var author in article.Authors.DefaultIfEmpty(article.Publication.Name)) Person(xml, "author", author);
        foreach (var translator in article.Translators) Person(xml, "contributor", translator);
        foreach (var topic in article.Topics)
        {
            xml.WriteStartElement("category", Ns);
            xml.WriteAttributeString("term", topic.Key);
            xml.WriteAttributeString("label", topic.Title);
            xml.WriteEndElement();
        }

        xml.WriteStartElement("summary", Ns);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(article.Summary);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Person(XmlWriter xml, string role, string name)
    {
        xml.WriteStartElement(role, Ns);
        xml.WriteElementString("name", Ns, name);
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type, string? title = null)
    {
        xml.WriteStartElement("link", Ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        if (title is not null) xml.WriteAttributeString("title", title);
        xml.WriteEndElement();
    }
}
