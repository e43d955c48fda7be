using System.Text;
using System.Xml;
using StaticSite.Indexing;

namespace StaticSite.Feeds;

/// <summary>Writes <c>sitemap.xml</c> from absolute page URLs, their last-change dates and their other-language
/// versions; a site with more pages than one sitemap may list (50,000) gets numbered parts and a sitemap
/// index.</summary>
internal static class SitemapWriter
{
    /// <summary>The most URLs one sitemap file may list under the sitemap protocol.</summary>
    public const int MaxUrlsPerFile = 50_000;

    /// <summary>The sitemap files, site path to text: <c>/sitemap.xml</c> alone when the entries fit in one file,
    /// otherwise the parts (<see cref="UrlMap.SitemapPart"/>) in order with <c>/sitemap.xml</c> as their index;
    /// <paramref name="absolute"/> turns a site path into the absolute URL the index lists.</summary>
    public static IReadOnlyList<(string SitePath, string Text)> Files(
        IReadOnlyList<SitemapEntry> entries, Func<string, string> absolute, int maxUrlsPerFile = MaxUrlsPerFile)
    {
        if (entries.Count <= maxUrlsPerFile) return [(UrlMap.Sitemap(), Write(entries))];
        var files = new List<(string, string)>();
        var parts = new List<(string Url, string? LastModified)>();
        for (var first = 0; first < entries.Count; first += maxUrlsPerFile)
        {
            var part = entries.Skip(first).Take(maxUrlsPerFile).ToList();
            var path = UrlMap.SitemapPart(files.Count + 1);
            files.Add((path, Write(part)));
            parts.Add((absolute(path), part.Select(e => e.LastModified).Where(d => d is not null)
                .Max(StringComparer.Ordinal)));
        }

        files.Add((UrlMap.Sitemap(), Index(parts)));
        return files;
    }

    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XmlWriterSettings Settings = new() { Indent = true, NewLineChars = "\n",
        Encoding = new UTF8Encoding(false) };

    private static string Index(IEnumerable<(string Url, string? LastModified)> parts) =>
        Document("sitemapindex", xml =>
    {
        foreach (var (url, lastModified) in parts)
        {
            xml.WriteStartElement("sitemap", Ns);
            xml.WriteElementString("loc", Ns, url);
            if (lastModified is not null) xml.WriteElementString("lastmod", Ns, lastModified);
            xml.WriteEndElement();
        }
    });

    /// <summary>One sitemap document; entries are written in the order given.</summary>
    public static string Write(IEnumerable<SitemapEntry> entries) => Document("urlset", xml =>
    {
        xml.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
        foreach (var entry in entries)
        {
            xml.WriteStartElement("url", Ns);
            xml.WriteElementString("loc", Ns, entry.Url);
            if (entry.LastModified is not null) xml.WriteElementString("lastmod", Ns, entry.LastModified);
            foreach (var (language, url) in entry.Alternates)
            {
                xml.WriteStartElement("xhtml", "link", Xhtml);
                xml.WriteAttributeString("rel", "alternate");
                xml.WriteAttributeString("hreflang", language);
                xml.WriteAttributeString("href", url);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }
    });

    private static string Document(string root, Action<XmlWriter> writeChildren)
    {
        var builder = new StringBuilder();
        using (var stringWriter = new Utf8StringWriter(builder))
        using (var xml = XmlWriter.Create(stringWriter, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement(root, Ns);
            writeChildren(xml);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return builder.Append('\n').ToString();
    }
}
