using System.Buffers.Binary;
using SkiaSharp;

namespace StaticSite.Media;

/// <summary>Reads a source image's header without decoding its pixels: its real format, its size (refused over the
/// limits before any pixel is decoded), its orientation and transparency, and whether the file ends where its format
/// says it does (a truncated copy is refused here rather than published half grey).</summary>
internal static class ImageProbe
{
    /// <summary>The facts of <paramref name="bytes"/>, whose name promises <paramref name="expected"/> (JPEG, PNG,
    /// WebP, GIF); or the problem, in words that follow "image '/media/x.jpg' ".</summary>
    public static (ImageFacts? Facts, string? Problem) Probe(byte[] bytes, string expected)
    {
        if (bytes.Length > ImageSettings.MaxFileBytes)
        {
            return (null, $"is {bytes.Length / (1024 * 1024)} MiB; an image may be at most " +
                $"{ImageSettings.MaxFileBytes / (1024 * 1024)} MiB");
        }

        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return (null, $"cannot be read as an image (it may be damaged, empty or not a {expected} file at all)");
        }

        var actual = FormatName(codec.EncodedFormat);
        if (actual != expected)
        {
            return (null, $"is a {actual} file, not the {expected} its name says: convert it or correct its " +
                "extension");
        }

        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if ((long)width * height > ImageSettings.MaxPixels || Math.Max(width, height) > ImageSettings.MaxSide)
        {
            return (null, $"is {width} × {height} pixels; an image may have at most " +
                $"{ImageSettings.MaxPixels / 1_000_000} megapixels and {ImageSettings.MaxSide} pixels a side: " +
                "scale it down first");
        }

        if (!IsComplete(bytes, actual))
        {
            return (null, "is truncated: the file ends before the image does (copy or export it again)");
        }

        var orientation = (int)codec.EncodedOrigin is >= 1 and <= 8 and var o ? o : 1;
        var swaps = orientation >= 5;
        return (new ImageFacts(actual, swaps ? height : width, swaps ? width : height,
            codec.Info.AlphaType != SKAlphaType.Opaque, orientation), null);
    }

    private static string FormatName(SKEncodedImageFormat format) => format switch
    {
        SKEncodedImageFormat.Jpeg => "JPEG",
        SKEncodedImageFormat.Png => "PNG",
        SKEncodedImageFormat.Webp => "WebP",
        SKEncodedImageFormat.Gif => "GIF",
        _ => format.ToString().ToUpperInvariant(),
    };

    /// <summary>Whether the file holds its format's end: JPEG's end-of-image marker after the main image's first scan
    /// (an embedded thumbnail has one of its own), PNG's IEND chunk, GIF's trailer, the length a WebP file's RIFF
    /// header gives.</summary>
    private static bool IsComplete(byte[] bytes, string format) => format switch
    {
        "JPEG" => JpegComplete(bytes),
        "PNG" => PngComplete(bytes),
        "GIF" => bytes.AsSpan().TrimEnd((byte)0) is [.., 0x3B],
        "WebP" => bytes.Length >= 12 && bytes.Length >= (long)BinaryPrimitives.ReadUInt32LittleEndian(
            bytes.AsSpan(4)) + 8,
        _ => true,
    };

    private static bool JpegComplete(byte[] bytes)
    {
        var position = 2;
        while (position + 4 <= bytes.Length)
        {
            if (bytes[position] != 0xFF) return false;
            var marker = bytes[position + 1];
            if (marker == 0xFF)
            {
                position++;
                continue;
            }

            if (marker == 0xDA)
            {
                return bytes.AsSpan(position).IndexOf([(byte)0xFF, (byte)0xD9]) >= 0;
            }

            position += marker is 0x01 or (>= 0xD0 and <= 0xD7)
                ? 2 : 2 + BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(position + 2));
        }

        return false;
    }

    private static bool PngComplete(byte[] bytes)
    {
        long position = 8;
        while (position + 12 <= bytes.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan((int)position));
            if (bytes.AsSpan((int)position + 4, 4).SequenceEqual("IEND"u8)) return true;
            position += 12L + length;
        }

        return false;
    }
}
