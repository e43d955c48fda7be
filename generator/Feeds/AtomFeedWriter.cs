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

    /// <summary>The feed document for <paramref name="articles"/> (newest first), titled <paramref name="title"/> and
    /// published at <paramref name="feedPath"/>.</summary>
    public static string Write(SiteIndex index, string title, string feedPath, string pagePath, IReadOnlyList<Article> articles)
    {
        var urls = index.Urls;
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", OmitXmlDeclaration = false, Encoding = new UTF8Encoding(false) };
        using (var stringWriter = new Utf8StringWriter(builder))
        using (var xml = XmlWriter.Create(stringWriter, settings))
        {
            const string ns = "http://www.w3.org/2005/Atom";
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", ns);
            xml.WriteAttributeString("xml", "lang", null, index.Site.Language);
            xml.WriteElementString("title", ns, title);
            xml.WriteElementString("id", ns, urls.Absolute(feedPath));
            Link(xml, ns, "self", urls.Absolute(feedPath), "application/atom+xml");
            Link(xml, ns, "alternate", urls.Absolute(pagePath), "text/html");
            var updated = articles.Count == 0 ? new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero) : articles.Take(EntryCount).Max(a => a.LastChanged.Value);
            xml.WriteElementString("updated", ns, new ContentDate(updated, true).Rfc3339);
            xml.WriteStartElement("generator", ns);
            xml.WriteString("staticsite");
            xml.WriteEndElement();

            foreach (var article in articles.Take(EntryCount))
            {
                var url = urls.Absolute(UrlMap.Article(article.Slug));
                xml.WriteStartElement("entry", ns);
                xml.WriteElementString("title", ns, article.Title);
                xml.WriteElementString("id", ns, url);
                Link(xml, ns, "alternate", url, "text/html");
                xml.WriteElementString("published", ns, new ContentDate(article.Date.Value, true).Rfc3339);
                xml.WriteElementString("updated", ns, new ContentDate(article.LastChanged.Value, true).Rfc3339);
                foreach (var author in article.Authors.DefaultIfEmpty(article.Publication.Name))
                {
                    xml.WriteStartElement("author", ns);
                    xml.WriteElementString("name", ns, author);
                    xml.WriteEndElement();
                }

                foreach (var translator in article.Translators)
                {
                    xml.WriteStartElement("contributor", ns);
                    xml.WriteElementString("name", ns, translator);
                    xml.WriteEndElement();
                }

                foreach (var topic in article.Topics)
                {
                    xml.WriteStartElement("category", ns);
                    xml.WriteAttributeString("term", topic.Key);
                    xml.WriteAttributeString("label", topic.Title);
                    xml.WriteEndElement();
                }

                xml.WriteStartElement("summary", ns);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(article.Summary);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return builder.Append('\n').ToString();
    }

    private static void Link(XmlWriter xml, string ns, string rel, string href, string type)
    {
        xml.WriteStartElement("link", ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
