namespace StaticSite.Rendering.Models;

/// <summary>A static asset as templates reference it: its fingerprinted href and, for stylesheets and scripts, the
/// Subresource Integrity value.</summary>
/// <param name="Url">The asset's address, with its content hash in the name for stylesheets and scripts.</param>
/// <param name="Integrity">The Subresource Integrity value (<c>sha384-…</c>) of a stylesheet or script; null for other
/// files.</param>
internal sealed record AssetModel(string Url, string? Integrity);
