using System.IO.Compression;

namespace StaticSite.Search;

/// <summary>Compresses the index files: gzip, which every browser decompresses with <c>DecompressionStream</c>, at a
/// fixed level so the same input always gives the same bytes.</summary>
internal static class Gzip
{
    /// <summary>The level of the term shards and the small files, fetched by every query.</summary>
    public const int Small = 6;

    /// <summary>The level of the article fragments: most of the index's bytes, each fetched only when its result is
    /// shown, so a faster level that makes them a few percent larger.</summary>
    public const int Fast = 2;

    /// <summary>The gzip file of <paramref name="bytes"/> at compression <paramref name="level"/>, in a buffer of this
    /// thread that the next call on it reuses.</summary>
    public static ReadOnlySpan<byte> Compress(ReadOnlySpan<byte> bytes, int level = Small)
    {
        var options = new ZLibCompressionOptions
        {
            CompressionLevel = level, CompressionStrategy = ZLibCompressionStrategy.Default,
        };
        var memory = _memory ??= new MemoryStream(1 << 16);
        memory.SetLength(0);
        using (var gzip = new GZipStream(memory, options, leaveOpen: true)) gzip.Write(bytes);
        return memory.GetBuffer().AsSpan(0, (int)memory.Length);
    }

    [ThreadStatic]
    private static MemoryStream? _memory;
}
