using System.Text;
using System.Xml;

namespace StaticSite.Output;

/// <summary>Writes <c>sitemap.xml</c> from absolute page URLs, their last-change dates and their other-language versions.</summary>
public static class SitemapWriter
{
    /// <summary>The sitemap document; entries are written in the order given.</summary>
    public static string Write(IEnumerable<SitemapEntry> entries)
    {
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", Encoding = new UTF8Encoding(false) };
        using (var stringWriter = new Utf8StringWriter(builder))
        using (var xml = XmlWriter.Create(stringWriter, settings))
        {
            const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
            xml.WriteStartDocument();
            const string xhtml = "http://www.w3.org/1999/xhtml";
            xml.WriteStartElement("urlset", ns);
            xml.WriteAttributeString("xmlns", "xhtml", null, xhtml);
            foreach (var entry in entries)
            {
                xml.WriteStartElement("url", ns);
                xml.WriteElementString("loc", ns, entry.Url);
                if (entry.LastModified is not null) xml.WriteElementString("lastmod", ns, entry.LastModified);
                foreach (var (language, url) in entry.Alternates)
                {
                    xml.WriteStartElement("xhtml", "link", xhtml);
                    xml.WriteAttributeString("rel", "alternate");
                    xml.WriteAttributeString("hreflang", language);
                    xml.WriteAttributeString("href", url);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return builder.Append('\n').ToString();
    }
}
