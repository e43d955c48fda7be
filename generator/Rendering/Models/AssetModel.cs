namespace StaticSite.Rendering.Models;

/// <summary>A static asset as templates reference it: its fingerprinted href and, for stylesheets and scripts, the
/// Subresource Integrity value.</summary>
internal sealed record AssetModel(string Url, string? Integrity);
