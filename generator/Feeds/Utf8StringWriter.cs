using System.Globalization;
using System.Text;

namespace StaticSite.Feeds;

/// <summary>A StringWriter that declares UTF-8, so XmlWriter writes <c>encoding="utf-8"</c> in the XML
/// declaration.</summary>
internal sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
{
    public override Encoding Encoding => new UTF8Encoding(false);
}
