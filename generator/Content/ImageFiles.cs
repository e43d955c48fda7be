namespace StaticSite.Content;

/// <summary>Which media files are photographs the image pipeline publishes (re-encoded, in several widths), told by
/// their extension; everything else in <c>content/media/</c> (SVG drawings, PDF files) is copied as it is.</summary>
internal static class ImageFiles
{
    /// <summary>The extensions of raster images, lowercase, with their format's name.</summary>
    public static readonly IReadOnlyDictionary<string, string> Extensions = new Dictionary<string, string>(
        StringComparer.Ordinal)
    {
        [".jpg"] = "JPEG",
        [".jpeg"] = "JPEG",
        [".png"] = "PNG",
        [".webp"] = "WebP",
        [".gif"] = "GIF",
    };

    /// <summary>Whether <paramref name="path"/> names a raster image (by its extension, in any case).</summary>
    public static bool IsRaster(string path) => FormatOf(path) is not null;

    /// <summary>The format name the extension of <paramref name="path"/> promises, or null for other files.</summary>
    public static string? FormatOf(string path) =>
        Extensions.GetValueOrDefault(Path.GetExtension(path).ToLowerInvariant());

    /// <summary>The content-relative media path (<c>media/photo.jpg</c>) of a site path such as
    /// <c>/media/photo.jpg</c>, or null when the path is not under <c>/media/</c>.</summary>
    public static string? MediaPath(string sitePath)
    {
        var path = Uri.UnescapeDataString(sitePath.Split('?', '#')[0]).TrimStart('/');
        return path.StartsWith("media/", StringComparison.Ordinal) ? path : null;
    }
}
