using StaticSite.Media;

namespace StaticSite.Rendering;

/// <summary>What the Markdown renderer needs to know about the site to rewrite and check links: the base path and which
/// site paths exist.</summary>
internal sealed record BodyLinkPolicy(string BasePath, IReadOnlySet<string> SitePaths)
{
    /// <summary>Root article paths (<c>/articles/slug/</c>) that name an article living in another language's folder,
    /// mapped to its real site path, so contributors can link any article by its slug.</summary>
    public IReadOnlyDictionary<string, string> Aliases { get; init; } = new Dictionary<string, string>();

    /// <summary>The photographs of <c>content/media/</c>, which a body shows as pictures.</summary>
    public ImageCatalog Images { get; init; } = ImageCatalog.Empty;

    /// <summary>Whether an href written into a page (with the base path) names a page or file of this build.</summary>
    public bool Resolves(string href)
    {
        var end = href.IndexOfAny(['?', '#']);
        var path = Uri.UnescapeDataString(end < 0 ? href : href[..end]);
        return path.StartsWith(BasePath, StringComparison.Ordinal) && SitePaths.Contains("/" + path[BasePath.Length..]);
    }
}
