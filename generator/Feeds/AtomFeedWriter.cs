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

    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>The namespace of RFC 5005 (Feed Paging and Archiving), for <c>fh:archive</c>.</summary>
    private const string HistoryNs = "http://purl.org/syndication/history/1.0";

    /// <summary>The feed document for <paramref name="articles"/> (newest first), titled <paramref name="title"/> and
    /// published at <paramref name="feedPath"/>, with summaries only.</summary>
    public static string Write(SiteIndex index, string title, string feedPath, string pagePath,
        IReadOnlyList<Article> articles) =>
        Write(index, new FeedDocument(feedPath, title, pagePath, articles.Take(EntryCount).ToList()), _ => null);

    /// <summary>The Atom document of <paramref name="feed"/>, in the language of <paramref name="index"/>; <paramref
    /// name="content"/> gives each entry's full HTML (with absolute addresses), or null for a summary only.</summary>
    public static string Write(SiteIndex index, FeedDocument feed, Func<Article, string?> content)
    {
        using var stream = new MemoryStream();
        using (var xml = Start(stream, index, feed))
        {
            foreach (var article in feed.Articles) Entry(xml, index, article, content(article));
            End(xml, stream);
        }

        return Utf8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Starts the Atom document of <paramref name="feed"/> on <paramref name="stream"/> (UTF-8, <c>\n</c> line
    /// endings: XmlWriter writes every line break in text as <c>\n</c> and escapes those in attributes), up to its
    /// first entry; <see cref="Entry"/> writes each entry and <see cref="End"/> ends it.</summary>
    public static XmlWriter Start(Stream stream, SiteIndex index, FeedDocument feed) =>
        Start(XmlWriter.Create(stream, Settings()), index, feed);

    /// <summary>How every feed document is written: indented with <c>\n</c>, declared UTF-8, without a byte order
    /// mark.</summary>
    public static XmlWriterSettings Settings() => new()
    {
        Indent = true, NewLineChars = "\n", OmitXmlDeclaration = false, Encoding = Utf8,
    };

    /// <summary>Writes the start of the Atom document of <paramref name="feed"/> to <paramref name="xml"/> (made with
    /// <see cref="Settings"/>) and returns it.</summary>
    public static XmlWriter Start(XmlWriter xml, SiteIndex index, FeedDocument feed)
    {
        var (feedPath, title, pagePath, articles) = (feed.Path, feed.Title, feed.PagePath, feed.Articles);
        var urls = index.Urls;
        xml.WriteStartDocument();
        xml.WriteStartElement("feed", Ns);
        xml.WriteAttributeString("xml", "lang", null, index.Language);
        if (feed.IsArchive || feed.PrevArchive is not null)
        {
            xml.WriteAttributeString("xmlns", "fh", null, HistoryNs);
        }

        xml.WriteElementString("title", Ns, title);
        xml.WriteElementString("id", Ns, urls.Absolute(feedPath));
        Link(xml, "self", urls.Absolute(feedPath), "application/atom+xml");
        Link(xml, "alternate", urls.Absolute(pagePath), "text/html");
        Link(xml, "alternate", urls.Absolute(UrlMap.JsonFeed(feedPath)), "application/feed+json");
        History(xml, urls, feed);
        var updated = articles.Count == 0 ? new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero)
            : articles.Max(a => a.LastChanged.Value);
        xml.WriteElementString("updated", Ns, new ContentDate(updated, true).Rfc3339);
        xml.WriteStartElement("generator", Ns);
        xml.WriteString("staticsite");
        xml.WriteEndElement();
        return xml;
    }

    /// <summary>Ends the document <see cref="Start(Stream, SiteIndex, FeedDocument)"/> began: closes it and <paramref
    /// name="xml"/>, then ends the file with a line break.</summary>
    public static void End(XmlWriter xml, Stream stream)
    {
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Dispose();
        stream.Write("\n"u8);
    }

    /// <summary>The RFC 5005 parts: an archive document says so and links the site feed; each document of the chain
    /// links its older and newer neighbours.</summary>
    private static void History(XmlWriter xml, UrlMap urls, FeedDocument feed)
    {
        if (feed.IsArchive)
        {
            xml.WriteStartElement("fh", "archive", HistoryNs);
            xml.WriteEndElement();
            Link(xml, "current", urls.Absolute(UrlMap.Feed()), "application/atom+xml");
        }

        if (feed.PrevArchive is { } older) Link(xml, "prev-archive", urls.Absolute(older), "application/atom+xml");
        if (feed.NextArchive is { } newer) Link(xml, "next-archive", urls.Absolute(newer), "application/atom+xml");
    }

    /// <summary>Writes the entry of <paramref name="article"/>, with <paramref name="content"/> as its full HTML (or a
    /// summary only when null).</summary>
    public static void Entry(XmlWriter xml, SiteIndex index, Article article, string? content)
    {
        var urls = index.Urls;
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
        foreach (var author in article.Authors)
        {
            Person(xml, "author", author, index.ReporterSlugs.TryGetValue(author, out var slug)
                ? urls.Absolute(UrlMap.Reporter(slug)) : null);
        }

        if (article.Authors.Count == 0) Person(xml, "author", article.Publication.Name);
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
        if (content is not null)
        {
            xml.WriteStartElement("content", Ns);
            xml.WriteAttributeString("type", "html");
            xml.WriteString(XmlText.Clean(content));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Person(XmlWriter xml, string role, string name, string? uri = null)
    {
        xml.WriteStartElement(role, Ns);
        xml.WriteElementString("name", Ns, name);
        if (uri is not null) xml.WriteElementString("uri", Ns, uri);
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
