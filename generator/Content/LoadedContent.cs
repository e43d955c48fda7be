namespace StaticSite.Content;

/// <summary>Everything the load stage read: settings, registries, articles and media paths.</summary>
internal sealed record LoadedContent(
    SiteConfig Site,
    IReadOnlyDictionary<string, SourceInfo> Sources,
    IReadOnlyDictionary<string, TopicInfo> Topics,
    IReadOnlyList<ArticleFile> Articles,
    IReadOnlyList<string> Media)
{
    /// <summary>The places of <c>places.yml</c> (optional), by key.</summary>
    public IReadOnlyDictionary<string, PlaceInfo> Places { get; init; } = new Dictionary<string, PlaceInfo>();

    /// <summary>The reporters and translators of <c>people.yml</c> (optional), by key.</summary>
    public IReadOnlyDictionary<string, PersonInfo> People { get; init; } = new Dictionary<string, PersonInfo>();
    /// <summary>The entries of the optional <c>glossary.yml</c>, which <c>check</c> holds every article's text
    /// to.</summary>
    public IReadOnlyList<GlossaryEntry> Glossary { get; init; } = [];
}
