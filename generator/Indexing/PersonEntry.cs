using StaticSite.Content;

namespace StaticSite.Indexing;

/// <summary>A reporter's or translator's page: its slug, the name shown in the index's language, their entry in
/// <c>people.yml</c> (or null) and their articles newest first.</summary>
internal sealed record PersonEntry(string Slug, string Name, PersonInfo? Person, IReadOnlyList<Article> Articles);
