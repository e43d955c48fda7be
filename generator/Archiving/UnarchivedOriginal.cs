using StaticSite.Diagnostics;

namespace StaticSite.Archiving;

/// <summary>An article whose original has no archived copy yet: where its <c>source.url</c> is written, the address,
/// and when the original was published (its <c>source.published</c>, else the article's date).</summary>
internal sealed record UnarchivedOriginal(SourceLocation At, string Url, DateOnly? Published);
