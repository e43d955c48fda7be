namespace StaticSite.Rendering.Models;

/// <summary>Where a report came from: the publication, the original's address, title, language and date.</summary>
/// <param name="Publication">The source publication's page on this site.</param>
/// <param name="PublicationHomepage">The publication's own website, or null.</param>
/// <param name="OriginalUrl">The original report's address, or null when it is not on record.</param>
/// <param name="OriginalTitle">The original title, in its own language, or null.</param>
/// <param name="OriginalLanguage">The original's language code.</param>
/// <param name="OriginalLanguageName">The original's language, named in the page's language.</param>
/// <param name="OriginalPublished">When the original was published, or null when not on record.</param>
internal sealed record ProvenanceModel(
    LinkModel Publication,
    string? PublicationHomepage,
    string? OriginalUrl,
    string? OriginalTitle,
    string OriginalLanguage,
    string OriginalLanguageName,
    DateModel? OriginalPublished)
{
    /// <summary>A snapshot of the original (Wayback Machine, archive.today), or null when none is on record.</summary>
    public ArchivedCopyModel? Archived { get; init; }
}
