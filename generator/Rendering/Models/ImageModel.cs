namespace StaticSite.Rendering.Models;

/// <summary>An article's image; <see cref="Src"/> is null when only the caption and credit are known (the page then says
/// the original report carried a photograph), and <see cref="Picture"/> is set for a photograph the site
/// publishes.</summary>
/// <param name="Src">The picture's address (its widest fallback file for a published photograph); null when only the
/// caption and credit are known.</param>
/// <param name="Alt">The text that describes the picture.</param>
/// <param name="Caption">The caption.</param>
/// <param name="Credit">Who made the picture.</param>
/// <param name="Picture">The responsive variants of a photograph published by the site, or null (a drawing, or a
/// picture on another site).</param>
internal sealed record ImageModel(string? Src, string? Alt, string? Caption, string? Credit,
    PictureModel? Picture = null);
