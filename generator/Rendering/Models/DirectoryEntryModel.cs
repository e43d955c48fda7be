namespace StaticSite.Rendering.Models;

/// <summary>One row of a directory page (a source, topic, translator, reporter or place) or of a list's sections (a
/// month, a place inside a place), with its article count.</summary>
/// <param name="Name">The source's name, topic's title, person's or place's name, or the month.</param>
/// <param name="Url">Its page.</param>
/// <param name="Count">How many articles it has in this language.</param>
/// <param name="Description">Its description from the registry; may be empty.</param>
/// <param name="Note">The language a source publishes in; null for the others.</param>
internal sealed record DirectoryEntryModel(string Name, string Url, int Count, string Description, string? Note);
