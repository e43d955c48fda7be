using System.Text;

namespace StaticSite.Content;

/// <summary>An article's Markdown body, held as UTF-8 (half the memory of a .NET string for the mostly-Latin text of a large archive) and decoded only while a stage works on it.</summary>
public sealed class MarkdownBody
{
    private static readonly UTF8Encoding Utf8 = new(false, false);
    private readonly byte[] _utf8;

    /// <summary>Holds <paramref name="text"/>.</summary>
    public MarkdownBody(string text) => _utf8 = Utf8.GetBytes(text);

    /// <summary>The body's text, decoded anew on each call; keep it only as long as it is needed.</summary>
    public string Text => Utf8.GetString(_utf8);

    /// <summary>The body's UTF-8 bytes, for hashing without decoding.</summary>
    public ReadOnlySpan<byte> Utf8Bytes => _utf8;

    /// <inheritdoc />
    public override string ToString() => Text;

    /// <summary>Wraps text as a body, so tests and callers can pass a string where a body is expected.</summary>
    public static implicit operator MarkdownBody(string text) => new(text);
}
