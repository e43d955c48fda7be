using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace StaticSite.Content;

/// <summary>An article's Markdown body: for files on disk only its hash is kept and the text is read again from the
/// file when a page is rendered or indexed (so a large archive never holds every body, and the collector never copies
/// them); text given without a file is held as UTF-8.</summary>
internal sealed class MarkdownBody
{
    private static readonly UTF8Encoding Utf8 = new(false, false);
    private readonly Func<string>? _reread;
    private readonly byte[]? _utf8;

    /// <summary>Hashes <paramref name="text"/> and holds it, or, with <paramref name="reread"/>, keeps only the hash
    /// and reads through <paramref name="reread"/> when the text is needed.</summary>
    public MarkdownBody(string text, Func<string>? reread = null)
    {
        _reread = reread;
        if (reread is null)
        {
            _utf8 = Utf8.GetBytes(text);
            Hash = SHA256.HashData(_utf8);
            return;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            Hash = SHA256.HashData(buffer.AsSpan(0, Utf8.GetBytes(text, buffer)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private MarkdownBody(byte[] hash, Func<string> reread)
    {
        Hash = hash;
        _reread = reread;
    }

    /// <summary>A body known only by its hash (from a previous build's record of an unchanged file), read from its file
    /// through <paramref name="reread"/> when needed.</summary>
    public static MarkdownBody Stored(byte[] hash, Func<string> reread) => new(hash, reread);

    /// <summary>The SHA-256 of the body's UTF-8 bytes as loaded, which page fingerprints use instead of the
    /// text.</summary>
    public byte[] Hash { get; }

    /// <summary>The body's text, decoded (or read from its file) anew on each call; keep it only as long as it is
    /// needed.</summary>
    public string Text => _utf8 is { } utf8 ? Utf8.GetString(utf8) : _reread!();

    /// <inheritdoc />
    public override string ToString() => Text;

    /// <summary>Wraps text as a body, so tests and callers can pass a string where a body is expected.</summary>
    public static implicit operator MarkdownBody(string text) => new(text);
}
