namespace StaticSite.Media;

/// <summary>What a source image's header says: its format, its size as shown (after its orientation is applied),
/// whether it has transparency, and its EXIF orientation (1–8).</summary>
/// <param name="Format">The format's name (JPEG, PNG, WebP, GIF).</param>
/// <param name="Width">The width, upright.</param>
/// <param name="Height">The height, upright.</param>
/// <param name="HasAlpha">Whether the image may be transparent (its fallback is then PNG, not JPEG).</param>
/// <param name="Orientation">The EXIF orientation, 1 when upright.</param>
internal sealed record ImageFacts(string Format, int Width, int Height, bool HasAlpha, int Orientation);
