namespace StaticSite.Media;

/// <summary>What pages need to know of the site's pictures: the photographs and their variants, and whether social
/// cards are drawn (a usable font was found).</summary>
/// <param name="Catalog">The photographs of <c>content/media/</c>.</param>
/// <param name="DrawsCards">Whether articles without a photograph get a drawn social card.</param>
internal sealed record SiteMedia(ImageCatalog Catalog, bool DrawsCards)
{
    /// <summary>No photographs and no cards (indexes made without the inspect step, as in some tests).</summary>
    public static SiteMedia None { get; } = new(ImageCatalog.Empty, false);

    /// <summary>What page fingerprints must cover of the pictures.</summary>
    public string Digest() => Catalog.Digest() + (DrawsCards ? " cards" : " no cards");
}
