using System.Text;
using System.Xml;
using StaticSite.Content;
using StaticSite.Indexing;

namespace StaticSite.Feeds;

/// <summary>The Atom feed of the corrections log (<c>/corrections/feed.xml</c>): one entry per correction, newest
/// first, pointing at the correction on its article's page; written with XmlWriter like the article feeds, with
/// dates from the content only.</summary>
internal static class CorrectionFeedWriter
{
    private const string Ns = "http://www.w3.org/2005/Atom";

    /// <summary>The feed's title for a site called <paramref name="siteTitle"/>.</summary>
    public static string Title(string siteTitle) => $"Corrections — {siteTitle}";

    /// <summary>The feed document of <paramref name="index"/>'s newest corrections.</summary>
    public static string Write(SiteIndex index)
    {
        var urls = index.Urls;
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", Encoding = new UTF8Encoding(false) };
        var entries = index.Corrections.Take(AtomFeedWriter.EntryCount).ToList();
        using (var stringWriter = new Utf8StringWriter(builder))
        using (var xml = XmlWriter.Create(stringWriter, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Ns);
            xml.WriteAttributeString("xml", "lang", null, index.Language);
            xml.WriteElementString("title", Ns, Title(index.Site.Title));
            xml.WriteElementString("id", Ns, urls.Absolute(UrlMap.CorrectionsFeed()));
            Link(xml, "self", urls.Absolute(UrlMap.CorrectionsFeed()), "application/atom+xml");
            Link(xml, "alternate", urls.Absolute(UrlMap.Corrections()), "text/html");
            var updated = entries.Count == 0 ? new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero)
                : entries.Max(c => c.Correction.Date.Value);
            xml.WriteElementString("updated", Ns, new ContentDate(updated, true).Rfc3339);
            xml.WriteStartElement("author", Ns);
            xml.WriteElementString("name", Ns, index.Site.Title);
            xml.WriteEndElement();
            xml.WriteStartElement("generator", Ns);
            xml.WriteString("staticsite");
            xml.WriteEndElement();
            foreach (var entry in entries) Entry(xml, urls, entry);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return builder.Append('\n').ToString();
    }

    /// <summary>The absolute address of a correction on its article's page.</summary>
    public static string Url(UrlMap urls, LoggedCorrection correction) =>
        urls.Absolute(UrlMap.Article(correction.Article.Slug)) + "#" + correction.Anchor;

    private static void Entry(XmlWriter xml, UrlMap urls, LoggedCorrection correction)
    {
        var url = Url(urls, correction);
        var date = new ContentDate(correction.Correction.Date.Value, true).Rfc3339;
        xml.WriteStartElement("entry", Ns);
        xml.WriteElementString("title", Ns, correction.Article.Title);
        xml.WriteElementString("id", Ns, url);
        Link(xml, "alternate", url, "text/html");
        xml.WriteElementString("published", Ns, date);
        xml.WriteElementString("updated", Ns, date);
        xml.WriteStartElement("summary", Ns);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(correction.Correction.Text);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
