using System.Text;
using System.Xml;

namespace StaticSite.Feeds;

/// <summary>Text made fit for an XML document: characters XML 1.0 cannot hold (most control characters, a lone
/// surrogate) are left out, since a page may print them but a feed parser refuses the whole document.</summary>
internal static class XmlText
{
    /// <summary><paramref name="text"/> without the characters XML cannot hold (the same string when it has
    /// none).</summary>
    public static string Clean(string text)
    {
        var first = Invalid(text, 0);
        if (first < 0) return text;
        var clean = new StringBuilder(text.Length);
        clean.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(text, i, 2);
                i++;
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                clean.Append(text[i]);
            }
        }

        return clean.ToString();
    }

    private static int Invalid(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (!XmlConvert.IsXmlChar(text[i])) return i;
        }

        return -1;
    }
}
