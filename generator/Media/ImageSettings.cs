using System.Globalization;
using SkiaSharp;

namespace StaticSite.Media;

/// <summary>How photographs are published: the widths of the responsive variants, the 1200-pixel crops search engines
/// ask for, the encoders' quality, and the limits a source image must stay within (docs/IMAGES.md).</summary>
internal static class ImageSettings
{
    /// <summary>Where the files the build makes from images (variants, crops, social cards) are published: folders
    /// under <c>media/</c> whose names start with an underscore, which no contributor file can have (a media file name
    /// starts with a letter or digit).</summary>
    public const string GeneratedFolder = "media/_";

    /// <summary>The widths of the variants (never wider than the original, which stands in when it is
    /// narrower).</summary>
    public static readonly int[] Widths = [480, 960, 1600];

    /// <summary>The width of the crops for structured data and link previews.</summary>
    public const int CropWidth = 1200;

    /// <summary>The crops' aspect ratios (width, height), as Google's article guidelines list them.</summary>
    public static readonly (int Width, int Height)[] CropRatios = [(16, 9), (4, 3), (1, 1)];

    /// <summary>WebP quality (lossy, 0–100).</summary>
    public const int WebpQuality = 80;

    /// <summary>JPEG quality of the fallback (0–100), with 4:2:0 chroma subsampling.</summary>
    public const int JpegQuality = 82;

    /// <summary>The largest source file read, in bytes.</summary>
    public const long MaxFileBytes = 40L * 1024 * 1024;

    /// <summary>The most pixels a source image may have (width × height), checked from its header before anything is
    /// decoded: a "decompression bomb" of a few kilobytes can claim billions of pixels.</summary>
    public const long MaxPixels = 50_000_000;

    /// <summary>The longest side a source image may have, in pixels.</summary>
    public const int MaxSide = 20_000;

    /// <summary>Everything above and the image library's version, as one line: a cached variant is reused only when
    /// its source hash and this line are the same.</summary>
    public static string Key { get; } = string.Join(' ', "images-v1", string.Join(',', Widths),
        CropWidth.ToString(CultureInfo.InvariantCulture),
        string.Join(',', CropRatios.Select(r => $"{r.Width}:{r.Height}")),
        WebpQuality.ToString(CultureInfo.InvariantCulture), JpegQuality.ToString(CultureInfo.InvariantCulture),
        SkiaSharpVersion.Native.ToString());
}
