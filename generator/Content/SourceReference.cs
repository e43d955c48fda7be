using StaticSite.Diagnostics;

namespace StaticSite.Content;

/// <summary>The <c>source:</c> block of an article as written: which publication, and the original's URL, title,
/// language and date.</summary>
internal sealed record SourceReference(
    Located<string>? Publication,
    Located<string>? Url,
    Located<string>? Title,
    Located<string>? Language,
    Located<ContentDate>? Published,
    SourceLocation At)
{
    /// <summary>The snapshot of the original, or null when none is on record.</summary>
    public ArchivedReference? Archived { get; init; }
}
