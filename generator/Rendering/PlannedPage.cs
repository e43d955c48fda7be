using StaticSite.Content;
using StaticSite.Rendering.Models;

namespace StaticSite.Rendering;

/// <summary>One page the build will make: its site path, its template, how to make its model (only when it must be
/// rendered), its sitemap entry, and what it shows, as identities for its fingerprint.</summary>
internal sealed record PlannedPage(
    string SitePath,
    string Template,
    Func<PageModel> Model,
    string? LastModified,
    bool InSitemap = true,
    Article? Article = null)
{
    /// <summary>The site model of the page's language; set when the page is placed in its language folder.</summary>
    public SiteModel? Site { get; init; }

    /// <summary>Whether the page is for search engines: false for a list with nothing on it, a withdrawn report's
    /// notice and the not-found page, which are never paired with other languages.</summary>
    public bool Indexable { get; init; } = true;

    /// <summary>The other-language versions of this page, for sitemap alternates.</summary>
    public IReadOnlyList<LanguageLinkModel> Alternates { get; init; } = [];

    /// <summary>What the page shows besides templates and registries, as identities (counts, page numbers, article and
    /// card digests): equal inputs make an equal page.</summary>
    public Func<IEnumerable<string>> Inputs { get; init; } = () => [];
}
