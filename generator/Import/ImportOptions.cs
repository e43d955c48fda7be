namespace StaticSite.Import;

/// <summary>What the importer adds to every post: the source publication (a key of sources.yml) and the translator,
/// which archives of other generators do not record.</summary>
internal sealed record ImportOptions(string? Source, string? Translator);
