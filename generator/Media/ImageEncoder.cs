using SkiaSharp;

namespace StaticSite.Media;

/// <summary>Makes every variant of one source image with SkiaSharp: decoded once (a JPEG at the smallest of its
/// built-in eighth scales that is still large enough), converted to sRGB, turned upright by its EXIF orientation, then
/// scaled down step by step and encoded. Nothing of the source's metadata is carried over: Skia's encoders write none,
/// and the pixels are handed to them without a colour profile (they are sRGB, the web's default).</summary>
internal static class ImageEncoder
{
    private static readonly SKSamplingOptions Cubic = new(SKCubicResampler.Mitchell);

    /// <summary>Each variant of <paramref name="image"/>'s file name (<see cref="ImageVariant.Name"/>) with its bytes;
    /// throws <see cref="InvalidDataException"/> when the pixels cannot be decoded.</summary>
    public static IReadOnlyDictionary<string, byte[]> Encode(byte[] source, SourceImage image)
    {
        var facts = image.Facts ?? throw new InvalidOperationException($"{image.Path} has no facts");
        using var upright = Decode(source, facts, NeededScale(image));
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var current = upright;
        try
        {
            foreach (var variant in image.Variants.Where(v => v.Crop is null).OrderByDescending(v => v.Width))
            {
                if (current.Width != variant.Width || current.Height != variant.Height)
                {
                    var narrower = Scale(current, variant.Width, variant.Height);
                    if (!ReferenceEquals(current, upright)) current.Dispose();
                    current = narrower;
                }

                files[variant.Name] = EncodeAs(current, variant.Type);
            }
        }
        finally
        {
            if (!ReferenceEquals(current, upright)) current.Dispose();
        }

        foreach (var crop in image.Crops) files[crop.Name] = EncodeCrop(upright, crop);
        return files;
    }

    /// <summary>The fraction of the original's size the widest variant or crop needs, so the decoder can skip what no
    /// variant shows.</summary>
    private static double NeededScale(SourceImage image)
    {
        var facts = image.Facts!;
        var needed = 0.0;
        foreach (var v in image.Variants)
        {
            var shown = v.Crop is null ? facts.Width : Math.Min(facts.Width, (double)facts.Height * v.Width / v.Height);
            needed = Math.Max(needed, v.Width / shown);
        }

        return Math.Min(1, needed);
    }

    private static SKBitmap Decode(byte[] source, ImageFacts facts, double scale)
    {
        using var data = SKData.CreateCopy(source);
        using var codec = SKCodec.Create(data) ?? throw new InvalidDataException("the image cannot be read");
        var full = codec.Info;
        var size = full.Size;
        for (var eighths = 1; eighths < 8; eighths++)
        {
            var candidate = codec.GetScaledDimensions(eighths / 8f);
            if (candidate.Width >= Math.Ceiling(full.Width * scale) && candidate.Height >= Math.Ceiling(full.Height
                * scale))
            {
                size = candidate;
                break;
            }
        }

        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888,
            facts.HasAlpha ? SKAlphaType.Premul : SKAlphaType.Opaque, SKColorSpace.CreateSrgb());
        var decoded = new SKBitmap(info);
        var result = codec.GetPixels(info, decoded.GetPixels());
        if (result != SKCodecResult.Success)
        {
            decoded.Dispose();
            throw new InvalidDataException(result == SKCodecResult.IncompleteInput
                ? "the image data ends early (the file is truncated)"
                : $"the image data cannot be decoded ({result})");
        }

        return Orient(decoded, facts.Orientation);
    }

    /// <summary>Turns <paramref name="bitmap"/> upright by its EXIF <paramref name="orientation"/> (pixel for pixel:
    /// quarter turns and mirrors only).</summary>
    private static SKBitmap Orient(SKBitmap bitmap, int orientation)
    {
        if (orientation == 1) return bitmap;
        var (w, h) = ((float)bitmap.Width, (float)bitmap.Height);
        var matrix = orientation switch
        {
            2 => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            3 => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            4 => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            5 => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            6 => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            7 => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            _ => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
        };
        var swaps = orientation >= 5;
        var upright = new SKBitmap(bitmap.Info.WithSize(swaps ? bitmap.Height : bitmap.Width,
            swaps ? bitmap.Width : bitmap.Height));
        using (var canvas = new SKCanvas(upright))
        using (var image = SKImage.FromBitmap(bitmap))
        {
            canvas.Clear(SKColors.Transparent);
            canvas.SetMatrix(matrix);
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        }

        bitmap.Dispose();
        return upright;
    }

    /// <summary>Scales down in steps of at most half, so a cubic filter never skips source pixels.</summary>
    private static SKBitmap Scale(SKBitmap source, int width, int height)
    {
        if (source.Width == width && source.Height == height) return source;
        var current = source;
        while (current.Width > 2 * width)
        {
            var half = Resize(current, (current.Width + 1) / 2, (current.Height + 1) / 2);
            if (!ReferenceEquals(current, source)) current.Dispose();
            current = half;
        }

        var result = Resize(current, width, height);
        if (!ReferenceEquals(current, source)) current.Dispose();
        return result;
    }

    private static SKBitmap Resize(SKBitmap source, int width, int height)
    {
        var target = new SKBitmap(source.Info.WithSize(width, height));
        if (!source.ScalePixels(target, Cubic)) throw new InvalidDataException("the image cannot be scaled");
        return target;
    }

    /// <summary>Encodes the centred crop of <paramref name="upright"/> that <paramref name="crop"/> describes, scaled
    /// from a subset that shares <paramref name="upright"/>'s pixels. Never through <see cref="SKBitmap.Copy()"/>: it
    /// draws with a shader it does not dispose, whose copy of the pixels then lives until the finalizer runs, which a
    /// build that allocates little managed memory may not reach for hundreds of photographs.</summary>
    private static byte[] EncodeCrop(SKBitmap upright, ImageVariant crop)
    {
        var width = Math.Min(upright.Width, (int)Math.Floor((double)upright.Height * crop.Width / crop.Height));
        var height = Math.Min(upright.Height, (int)Math.Round((double)width * crop.Height / crop.Width));
        var area = SKRectI.Create((upright.Width - width) / 2, (upright.Height - height) / 2, width, height);
        using var part = new SKBitmap();
        if (!upright.ExtractSubset(part, area)) throw new InvalidDataException("the image cannot be cropped");
        var scaled = Scale(part, crop.Width, crop.Height);
        try
        {
            return EncodeAs(scaled, crop.Type);
        }
        finally
        {
            if (!ReferenceEquals(scaled, part)) scaled.Dispose();
        }
    }

    /// <summary>Encodes the pixels without a colour profile (they are already sRGB) and without metadata.</summary>
    private static byte[] EncodeAs(SKBitmap bitmap, string type)
    {
        using var pixmap = new SKPixmap(bitmap.Info.WithColorSpace(null), bitmap.GetPixels(), bitmap.RowBytes);
        using var data = type switch
        {
            "image/webp" => pixmap.Encode(new SKWebpEncoderOptions(
                SKWebpEncoderCompression.Lossy, ImageSettings.WebpQuality)),
            "image/jpeg" => pixmap.Encode(new SKJpegEncoderOptions(ImageSettings.JpegQuality,
                SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore)),
            _ => pixmap.Encode(SKPngEncoderOptions.Default),
        };
        return data?.ToArray() ?? throw new InvalidDataException($"the image cannot be encoded as {type}");
    }
}
