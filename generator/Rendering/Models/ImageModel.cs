namespace StaticSite.Rendering.Models;

/// <summary>An article's image; <see cref="Src"/> is null when only the caption and credit are known.</summary>
internal sealed record ImageModel(string? Src, string? Alt, string? Caption, string? Credit);
