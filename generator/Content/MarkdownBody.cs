using System.Security.Cryptography;
using System.Text;

namespace StaticSite.Content;

/// <summary>An article's Markdown body: held as UTF-8 while the load and validate stages need it, then, for files on disk, let go and read again from the file when a page is rendered or indexed, so a large archive does not keep every body in memory.</summary>
public sealed class MarkdownBody
{
    private static readonly UTF8Encoding Utf8 = new(false, false);
    private readonly Func<string>? _reread;
    private byte[]? _utf8;

    /// <summary>Holds <paramref name="text"/>; with <paramref name="reread"/>, <see cref="Release"/> may drop it and later reads call <paramref name="reread"/> instead.</summary>
    public MarkdownBody(string text, Func<string>? reread = null)
    {
        _utf8 = Utf8.GetBytes(text);
        _reread = reread;
        Hash = SHA256.HashData(_utf8);
    }

    private MarkdownBody(byte[] hash, Func<string> reread)
    {
        Hash = hash;
        _reread = reread;
    }

    /// <summary>A body known only by its hash (from a previous build's record of an unchanged file), read from its file through <paramref name="reread"/> when needed.</summary>
    public static MarkdownBody Stored(byte[] hash, Func<string> reread) => new(hash, reread);

    /// <summary>The SHA-256 of the body's UTF-8 bytes as loaded, which page fingerprints use instead of the text.</summary>
    public byte[] Hash { get; }

    /// <summary>The body's text, decoded (or read from its file) anew on each call; keep it only as long as it is needed.</summary>
    public string Text => Volatile.Read(ref _utf8) is { } utf8 ? Utf8.GetString(utf8) : _reread!();

    /// <summary>Drops the held text when it can be read again from its file.</summary>
    public void Release()
    {
        if (_reread is not null) Volatile.Write(ref _utf8, null);
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    /// <summary>Wraps text as a body, so tests and callers can pass a string where a body is expected.</summary>
    public static implicit operator MarkdownBody(string text) => new(text);
}
