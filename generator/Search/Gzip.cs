using System.IO.Compression;

namespace StaticSite.Search;

/// <summary>Compresses the index files: gzip, which every browser decompresses with <c>DecompressionStream</c>, at a
/// fixed level so the same input always gives the same bytes.</summary>
internal static class Gzip
{
    private static readonly ZLibCompressionOptions Options = new()
    {
        CompressionLevel = 6, CompressionStrategy = ZLibCompressionStrategy.Default,
    };

    /// <summary>The gzip file of <paramref name="bytes"/>.</summary>
    public static byte[] Compress(ReadOnlySpan<byte> bytes)
    {
        using var memory = new MemoryStream(bytes.Length / 2 + 64);
        using (var gzip = new GZipStream(memory, Options, leaveOpen: true)) gzip.Write(bytes);
        return memory.ToArray();
    }
}
