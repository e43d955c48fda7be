namespace StaticSite.Rendering.Models;

/// <summary>Site-wide values every template may use: name, language (and its OpenGraph locale), the navigation links
/// and the asset URLs.</summary>
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

    /// <summary>Every template asset by its name under <c>assets/</c> (such as <c>style.css</c>), with its
    /// fingerprinted URL and integrity.</summary>
    public IReadOnlyDictionary<string, AssetModel> Assets { get; init; } = new Dictionary<string, AssetModel>();
}
