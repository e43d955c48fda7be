namespace StaticSite.Rendering.Models;

/// <summary>Site-wide values every template may use: name, language and the navigation links.</summary>
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
    string DefaultLanguage);
