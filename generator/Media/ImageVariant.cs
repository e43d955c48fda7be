namespace StaticSite.Media;

/// <summary>One published file made from a source image: a width in one format, or a crop.</summary>
/// <param name="Path">The output path (<c>media/_v/photo-jpg-960.webp</c>).</param>
/// <param name="Width">Its width in pixels.</param>
/// <param name="Height">Its height in pixels.</param>
/// <param name="Type">Its media type (<c>image/webp</c>, <c>image/jpeg</c>, <c>image/png</c>).</param>
/// <param name="Crop">The crop's ratio (<c>16x9</c>), or null for a whole-image variant.</param>
internal sealed record ImageVariant(string Path, int Width, int Height, string Type, string? Crop = null)
{
    /// <summary>The file name inside a cache entry (the last path segment).</summary>
    public string Name => Path[(Path.LastIndexOf('/') + 1)..];
}
