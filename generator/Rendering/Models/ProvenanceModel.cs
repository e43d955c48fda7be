namespace StaticSite.Rendering.Models;

/// <summary>Where a report came from: the publication, the original's address, title, language and date.</summary>
internal sealed record ProvenanceModel(
    LinkModel Publication,
    string? PublicationHomepage,
    string? OriginalUrl,
    string? OriginalTitle,
    string OriginalLanguage,
    string OriginalLanguageName,
    DateModel? OriginalPublished);
