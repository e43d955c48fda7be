using StaticSite.Content;

namespace StaticSite.Indexing;

/// <summary>A translator's page: the displayed name, its slug, and their articles newest first.</summary>
internal sealed record TranslatorEntry(string Slug, string Name, IReadOnlyList<Article> Articles)
{
    /// <summary>The translator's entry in <c>people.yml</c>, or null.</summary>
    public PersonInfo? Person { get; init; }
}
