using StaticSite.Content;

namespace StaticSite.Validation;

/// <summary>Where a report came from, as the <c>source:</c> block gives it once checked: the publication (null when
/// unknown), the original's address, title, language and date.</summary>
internal sealed record SourceFacts(
    SourceInfo? Publication, string? Url, string? Title, string Language, ContentDate? Published);
