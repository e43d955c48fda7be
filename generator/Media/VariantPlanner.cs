using System.Globalization;

namespace StaticSite.Media;

/// <summary>Which files a source image is published as: each width of <see cref="ImageSettings.Widths"/> narrower than
/// the original (and the original width when it is narrower than the widest), in WebP and in a fallback format, plus the
/// crops; their paths sit under <c>media/_v/</c>, a folder no contributor file can have (a media file name starts with a
/// letter or digit).</summary>
internal static class VariantPlanner
{
    /// <summary>The variants of the image at <paramref name="mediaPath"/> (<c>media/photo.jpg</c>).</summary>
    public static IReadOnlyList<ImageVariant> Plan(string mediaPath, ImageFacts facts)
    {
        var stem = Stem(mediaPath);
        var fallback = facts.HasAlpha ? ("png", "image/png") : ("jpg", "image/jpeg");
        var variants = new List<ImageVariant>();
        foreach (var width in Widths(facts.Width))
        {
            var height = Math.Max(1, (int)Math.Round((double)facts.Height * width / facts.Width));
            var name = width.ToString(CultureInfo.InvariantCulture);
            variants.Add(new ImageVariant($"{stem}-{name}.webp", width, height, "image/webp"));
            variants.Add(new ImageVariant($"{stem}-{name}.{fallback.Item1}", width, height, fallback.Item2));
        }

        foreach (var (w, h) in ImageSettings.CropRatios)
        {
            var (width, height) = CropSize(facts, w, h);
            var ratio = $"{w}x{h}";
            variants.Add(new ImageVariant($"{stem}-{width}x{height}.{fallback.Item1}", width, height, fallback.Item2,
                ratio));
        }

        return variants;
    }

    /// <summary>The published widths for an original <paramref name="width"/> pixels wide, narrowest first.</summary>
    public static IReadOnlyList<int> Widths(int width)
    {
        var widths = ImageSettings.Widths.Where(w => w < width).ToList();
        if (width <= ImageSettings.Widths[^1] && !widths.Contains(width)) widths.Add(width);
        return widths;
    }

    /// <summary>The size of a centred crop of ratio <paramref name="w"/>:<paramref name="h"/>, at most <see
    /// cref="ImageSettings.CropWidth"/> wide and never larger than the part of the original it shows.</summary>
    public static (int Width, int Height) CropSize(ImageFacts facts, int w, int h)
    {
        var sourceWidth = Math.Min(facts.Width, (double)facts.Height * w / h);
        var width = (int)Math.Min(ImageSettings.CropWidth, Math.Floor(sourceWidth));
        return (Math.Max(1, width), Math.Max(1, (int)Math.Round((double)width * h / w)));
    }

    /// <summary><c>media/2021/photo.jpg</c> → <c>media/_v/2021/photo-jpg</c>: the extension stays in the name so
    /// <c>photo.jpg</c> and <c>photo.png</c> never share a file.</summary>
    private static string Stem(string mediaPath)
    {
        var rest = mediaPath["media/".Length..];
        var dot = rest.LastIndexOf('.');
        return "media/_v/" + rest[..dot] + "-" + rest[(dot + 1)..].ToLowerInvariant();
    }
}
