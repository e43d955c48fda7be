namespace StaticSite.Content;

/// <summary>The site settings and the controlled vocabularies every article is checked against.</summary>
internal sealed record Registries(
    SiteConfig Site,
    IReadOnlyDictionary<string, SourceInfo> Sources,
    IReadOnlyDictionary<string, TopicInfo> Topics)
{
    /// <summary>The entries of the optional <c>glossary.yml</c>.</summary>
    public IReadOnlyList<GlossaryEntry> Glossary { get; init; } = [];
}
