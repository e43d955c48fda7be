using System.Text;
using System.Xml;
using StaticSite.Content;
using StaticSite.Indexing;

namespace StaticSite.Feeds;

/// <summary>Writes the Google News sitemap (<c>news-sitemap.xml</c>): the articles of the last two days, counted back
/// from the newest article's date (the content's dates, never the clock), with the publication's name and language.
/// </summary>
internal static class NewsSitemapWriter
{
    /// <summary>How far back from the newest article the news sitemap reaches.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(2);

    /// <summary>The most articles a news sitemap may list.</summary>
    public const int MaxArticles = 1000;

    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string NewsNs = "http://www.google.com/schemas/sitemap-news/0.9";

    /// <summary>The document for the articles of every language of <paramref name="all"/>, newest first.</summary>
    public static string Write(SiteIndexSet all)
    {
        var articles = all.Languages.SelectMany(index => index.Articles.Select(article => (index, article))).ToList();
        var newest = articles.Count == 0 ? default : articles.Max(p => p.article.Date.Value);
        var recent = articles.Where(p => p.article.Date.Value >= newest - Window)
            .OrderByDescending(p => p.article.Date.Value).ThenBy(p => p.article.Language, StringComparer.Ordinal)
            .ThenBy(p => p.article.Slug, StringComparer.Ordinal)
            .Take(MaxArticles);
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", Encoding = new UTF8Encoding(false) };
        using (var stringWriter = new Utf8StringWriter(builder))
        using (var xml = XmlWriter.Create(stringWriter, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Ns);
            xml.WriteAttributeString("xmlns", "news", null, NewsNs);
            foreach (var (index, article) in recent)
            {
                xml.WriteStartElement("url", Ns);
                xml.WriteElementString("loc", Ns, index.Urls.Absolute(UrlMap.Article(article.Slug)));
                xml.WriteStartElement("news", "news", NewsNs);
                xml.WriteStartElement("news", "publication", NewsNs);
                xml.WriteElementString("news", "name", NewsNs, index.Site.Title);
                xml.WriteElementString("news", "language", NewsNs, article.Language);
                xml.WriteEndElement();
                xml.WriteElementString("news", "publication_date", NewsNs, article.Date.Machine);
                xml.WriteElementString("news", "title", NewsNs, article.Title);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return builder.Append('\n').ToString();
    }
}
