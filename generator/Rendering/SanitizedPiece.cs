namespace StaticSite.Rendering;

/// <summary>A piece of a sanitized container: sanitized <see cref="Html"/>, or (when it is null) the kept Markdown
/// child at index <see cref="Child"/>.</summary>
internal readonly record struct SanitizedPiece(string? Html, int Child);
