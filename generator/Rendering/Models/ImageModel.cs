namespace StaticSite.Rendering.Models;

/// <summary>An article's image; <see cref="Src"/> is null when only the caption and credit are known.</summary>
/// <param name="Src">The picture's address; null when only the caption and credit are known.</param>
/// <param name="Alt">The text that describes the picture.</param>
/// <param name="Caption">The caption.</param>
/// <param name="Credit">Who made the picture.</param>
internal sealed record ImageModel(string? Src, string? Alt, string? Caption, string? Credit);
