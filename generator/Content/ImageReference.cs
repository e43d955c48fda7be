using StaticSite.Diagnostics;

namespace StaticSite.Content;

/// <summary>The <c>image:</c> block of an article as written.</summary>
internal sealed record ImageReference(
    Located<string>? Src,
    Located<string>? Alt,
    Located<string>? Caption,
    Located<string>? Credit,
    SourceLocation At);
