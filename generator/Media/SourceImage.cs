namespace StaticSite.Media;

/// <summary>A photograph in <c>content/media/</c> as the build sees it: its content hash, what its header says and the
/// files it is published as; or, for a file that cannot be published, the problem in the contributor's words.</summary>
internal sealed record SourceImage(string Path, string Hash, ImageFacts? Facts, IReadOnlyList<ImageVariant> Variants,
    string? Problem)
{
    /// <summary>Whether the file carries GPS coordinates (read only when <c>check</c> asks).</summary>
    public bool HasGps { get; init; }

    /// <summary>Whether the image can be published.</summary>
    public bool IsUsable => Problem is null && Facts is not null;

    /// <summary>The whole-image variants in the modern format (WebP), narrowest first.</summary>
    public IEnumerable<ImageVariant> Modern => Variants.Where(v => v.Crop is null && v.Type == "image/webp");

    /// <summary>The whole-image variants in the fallback format (JPEG, or PNG for transparent images), narrowest
    /// first.</summary>
    public IEnumerable<ImageVariant> Fallback => Variants.Where(v => v.Crop is null && v.Type != "image/webp");

    /// <summary>The widest fallback variant, which stands for the image where only one file can be named.</summary>
    public ImageVariant Largest => Fallback.Last();

    /// <summary>The crop of <paramref name="ratio"/> (<c>16x9</c>, <c>4x3</c>, <c>1x1</c>).</summary>
    public ImageVariant? CropOf(string ratio) => Variants.FirstOrDefault(v => v.Crop == ratio);

    /// <summary>The crops, widest ratio first.</summary>
    public IEnumerable<ImageVariant> Crops => Variants.Where(v => v.Crop is not null);
}
