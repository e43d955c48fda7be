using System.Text;
using System.Xml;

namespace StaticSite.Output;

/// <summary>Writes <c>sitemap.xml</c> from absolute page URLs and their last-change dates.</summary>
public static class SitemapWriter
{
    /// <summary>The sitemap document; entries are written in the order given.</summary>
    public static string Write(IEnumerable<(string Url, string? LastModified)> entries)
    {
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", Encoding = new UTF8Encoding(false) };
        using (var stringWriter = new Utf8StringWriter(builder))
        using (var xml = XmlWriter.Create(stringWriter, settings))
        {
            const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", ns);
            foreach (var (url, lastModified) in entries)
            {
                xml.WriteStartElement("url", ns);
                xml.WriteElementString("loc", ns, url);
                if (lastModified is not null) xml.WriteElementString("lastmod", ns, lastModified);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return builder.Append('\n').ToString();
    }
}
