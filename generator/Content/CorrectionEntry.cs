using StaticSite.Diagnostics;

namespace StaticSite.Content;

/// <summary>One dated correction note as written.</summary>
internal sealed record CorrectionEntry(Located<ContentDate>? Date, Located<string>? Text, SourceLocation At);
