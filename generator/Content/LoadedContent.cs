namespace StaticSite.Content;

/// <summary>Everything the load stage read: settings, registries, articles and media paths.</summary>
internal sealed record LoadedContent(
    SiteConfig Site,
    IReadOnlyDictionary<string, SourceInfo> Sources,
    IReadOnlyDictionary<string, TopicInfo> Topics,
    IReadOnlyList<ArticleFile> Articles,
    IReadOnlyList<string> Media);
