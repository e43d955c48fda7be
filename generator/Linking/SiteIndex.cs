using StaticSite.Content;

namespace StaticSite.Linking;

/// <summary>The immutable cross-references of the site: every list the pages show, newest first, and the links around each article.</summary>
public sealed record SiteIndex(
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
    IReadOnlyList<string> Media);
