using StaticSite.Content;

namespace StaticSite.Indexing;

/// <summary>A place's page: its slug, the name shown in the index's language, its entry in <c>places.yml</c> (or null
/// for a place only articles name), and the articles from it or from any place inside it, newest first.</summary>
internal sealed record PlaceEntry(string Slug, string Name, PlaceInfo? Place, IReadOnlyList<Article> Articles)
{
    /// <summary>The slug of the region the place lies in, or null.</summary>
    public string? Parent { get; init; }

    /// <summary>The slugs of the places directly inside it that have articles, by name.</summary>
    public IReadOnlyList<string> Children { get; init; } = [];
}
