namespace StaticSite.Rendering.Models;

/// <summary>Site-wide values every template may use: name, language (and its OpenGraph locale), the navigation links and the asset URLs.</summary>
public sealed record SiteModel(
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
    string SearchScriptUrl = "",
    string Locale = "");
