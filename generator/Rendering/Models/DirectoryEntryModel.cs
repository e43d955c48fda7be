namespace StaticSite.Rendering.Models;

/// <summary>One row of a directory page: a source, topic or translator with its article count.</summary>
internal sealed record DirectoryEntryModel(string Name, string Url, int Count, string Description, string? Note);
