namespace StaticSite.Rendering.Models;

/// <summary>One row of a directory page: a source, topic or translator with its article count.</summary>
/// <param name="Name">The source's name, topic's title or translator's name.</param>
/// <param name="Url">Its page.</param>
/// <param name="Count">How many articles it has in this language.</param>
/// <param name="Description">Its description from the registry; empty for translators.</param>
/// <param name="Note">The language a source publishes in; null for topics and translators.</param>
internal sealed record DirectoryEntryModel(string Name, string Url, int Count, string Description, string? Note);
