using StaticSite.Content;
using StaticSite.Media;

namespace StaticSite.Indexing;

/// <summary>The immutable cross-references of one language of the site: every list its pages show, newest first, and
/// the links around each article.</summary>
internal sealed record SiteIndex(
    SiteConfig Site,
    UrlMap Urls,
    IReadOnlyList<Article> Articles,
    IReadOnlyList<SourceInfo> Sources,
    IReadOnlyDictionary<string, IReadOnlyList<Article>> BySource,
    IReadOnlyList<TopicInfo> Topics,
    IReadOnlyDictionary<string, IReadOnlyList<Article>> ByTopic,
    IReadOnlyList<TranslatorEntry> Translators,
    IReadOnlyDictionary<string, string> TranslatorSlugs,
    IReadOnlyDictionary<Article, ArticleLinks> Links,
    IReadOnlyList<string> Media)
{
    /// <summary>Every correction of this language's articles, newest first (the corrections log).</summary>
    public IReadOnlyList<LoggedCorrection> Corrections { get; init; } = [];

    /// <summary>The language of this index's articles and pages.</summary>
    public string Language { get; init; } = Site.Language;

    /// <summary>The URLs of the site root, where shared files (assets, media, sitemap) live; the same as <see
    /// cref="Urls"/> for the default language.</summary>
    public UrlMap RootUrls { get; init; } = Urls;

    /// <summary>The site's photographs and whether social cards are drawn.</summary>
    public SiteMedia Images { get; init; } = SiteMedia.None;
}
