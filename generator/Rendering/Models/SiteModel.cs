using StaticSite.Output;

namespace StaticSite.Rendering.Models;

/// <summary>Site-wide values every template may use: name, language (and its OpenGraph locale), the navigation links
/// and the asset URLs.</summary>
/// <param name="Title">The site's name.</param>
/// <param name="Description">The site's description.</param>
/// <param name="Language">This language version's code.</param>
/// <param name="HomeUrl">The home page of this language.</param>
/// <param name="SourcesUrl">The list of sources.</param>
/// <param name="TopicsUrl">The list of topics.</param>
/// <param name="TranslatorsUrl">The list of translators.</param>
/// <param name="FeedUrl">The site's Atom feed.</param>
/// <param name="AbsoluteFeedUrl">The site's Atom feed, absolute.</param>
/// <param name="StylesheetUrl">The stylesheet's address.</param>
/// <param name="Languages">Every language of the site, for a language switcher; empty on a one-language site.</param>
/// <param name="DefaultLanguage">The site's main language code.</param>
/// <param name="SearchUrl">The search page.</param>
/// <param name="Locale">The OpenGraph locale (<c>ko_KR</c>).</param>
internal sealed record SiteModel(
    string Title,
    string Description,
    string Language,
    string HomeUrl,
    string SourcesUrl,
    string TopicsUrl,
    string TranslatorsUrl,
    string FeedUrl,
    string AbsoluteFeedUrl,
    string StylesheetUrl,
    IReadOnlyList<LanguageLinkModel> Languages,
    string DefaultLanguage,
    string SearchUrl = "",
    string Locale = "")
{
    /// <summary>The stylesheet's Subresource Integrity value (<c>sha384-…</c>) for the <c>integrity</c>
    /// attribute.</summary>
    public string? StylesheetIntegrity { get; init; }

    /// <summary>The date archive.</summary>
    public string ArchiveUrl { get; init; } = "";

    /// <summary>The list of reporters.</summary>
    public string ReportersUrl { get; init; } = "";

    /// <summary>The list of places.</summary>
    public string PlacesUrl { get; init; } = "";

    /// <summary>The site's JSON Feed, beside its Atom feed.</summary>
    public string JsonFeedUrl => FeedUrl.EndsWith(".xml", StringComparison.Ordinal)
        ? FeedUrl[..^".xml".Length] + ".json" : FeedUrl;

    /// <summary>The Content-Security-Policy a page carries in its <c>&lt;meta http-equiv&gt;</c> (the site's policy
    /// without <c>frame-ancestors</c>, which only a header can set); the layout must print it before any stylesheet or
    /// script, and <c>check</c> refuses a page without it.</summary>
    public string ContentSecurityPolicy { get; init; } = SecurityHeaders.MetaPolicy;

    /// <summary>The corrections log of this language.</summary>
    public string CorrectionsUrl { get; init; } = "";

    /// <summary>The picture pages other than articles are shared with.</summary>
    public SocialImageModel? SocialImage { get; init; }

    /// <summary>Every template asset by its name under <c>assets/</c> (such as <c>style.css</c>), with its
    /// fingerprinted URL and integrity.</summary>
    public IReadOnlyDictionary<string, AssetModel> Assets { get; init; } = new Dictionary<string, AssetModel>();
}
