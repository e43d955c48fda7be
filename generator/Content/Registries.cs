namespace StaticSite.Content;

/// <summary>The site settings and the controlled vocabularies every article is checked against.</summary>
internal sealed record Registries(
    SiteConfig Site,
    IReadOnlyDictionary<string, SourceInfo> Sources,
    IReadOnlyDictionary<string, TopicInfo> Topics)
{
    /// <summary>The places of <c>places.yml</c> (optional), by key.</summary>
    public IReadOnlyDictionary<string, PlaceInfo> Places { get; init; } = new Dictionary<string, PlaceInfo>();

    /// <summary>The reporters and translators of <c>people.yml</c> (optional), by key.</summary>
    public IReadOnlyDictionary<string, PersonInfo> People { get; init; } = new Dictionary<string, PersonInfo>();
    /// <summary>The entries of the optional <c>glossary.yml</c>.</summary>
    public IReadOnlyList<GlossaryEntry> Glossary { get; init; } = [];
}
