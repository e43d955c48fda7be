using System.Text;

namespace StaticSite.Rendering;

/// <summary>Turns the character position of an article body in a rendered page into its byte range in the page's UTF-8
/// file, so the feeds can read the body back from the page.</summary>
internal static class BodyBytes
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>The byte offset and length of <paramref name="body"/>, printed at character <paramref name="offset"/>
    /// of <paramref name="page"/>; null when the page holds a carriage return (the output normalizes line endings, which
    /// would move the body) or the body does not fit.</summary>
    public static (int Start, int Length)? Range(StringBuilder page, int offset, string body)
    {
        if (offset + body.Length > page.Length) return null;
        var encoder = Utf8.GetEncoder();
        var start = 0;
        var seen = 0;
        foreach (var chunk in page.GetChunks())
        {
            var span = chunk.Span;
            if (span.Contains('\r')) return null;
            if (seen < offset)
            {
                var take = Math.Min(span.Length, offset - seen);
                start += encoder.GetByteCount(span[..take], flush: seen + take == offset);
            }

            seen += span.Length;
        }

        return (start, Utf8.GetByteCount(body));
    }
}
