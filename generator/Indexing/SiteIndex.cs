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

    /// <summary>The withdrawn articles of this language, each still answered at its address by a notice.</summary>
    public IReadOnlyList<Article> Withdrawn { get; init; } = [];

    /// <summary>Each reporter (<c>author</c>) with their articles, by name.</summary>
    public IReadOnlyList<PersonEntry> Reporters { get; init; } = [];

    /// <summary>The slug of every reporter's name as written.</summary>
    public IReadOnlyDictionary<string, string> ReporterSlugs { get; init; } = new Dictionary<string, string>();

    /// <summary>Each place with its articles (its own and its sub-places'), by name.</summary>
    public IReadOnlyList<PlaceEntry> Places { get; init; } = [];

    /// <summary>The slug of every place name as written.</summary>
    public IReadOnlyDictionary<string, string> PlaceSlugs { get; init; } = new Dictionary<string, string>();

    /// <summary>The places of <c>places.yml</c>, by key.</summary>
    public IReadOnlyDictionary<string, PlaceInfo> PlaceInfos { get; init; } = new Dictionary<string, PlaceInfo>();

    /// <summary>The reporters and translators of <c>people.yml</c>, by key.</summary>
    public IReadOnlyDictionary<string, PersonInfo> People { get; init; } = new Dictionary<string, PersonInfo>();

    /// <summary>The years and months that have articles, newest first.</summary>
    public IReadOnlyList<ArchiveYear> Years { get; init; } = [];
    /// <summary>The site's photographs and whether social cards are drawn.</summary>
    public SiteMedia Images { get; init; } = SiteMedia.None;
}
