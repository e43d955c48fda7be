using StaticSite.Rendering.Models;

namespace StaticSite.Rendering;

/// <summary>Every page of the site in the order the sitemap lists them, with the fingerprinted assets, the link policy
/// article bodies are rendered with (which site paths exist) and the site model of each language.</summary>
internal sealed record SitePlan(
    IReadOnlyList<PlannedPage> Pages,
    AssetManifest Assets,
    BodyLinkPolicy Links,
    IReadOnlyDictionary<string, SiteModel> Sites);
