using StaticSite.Diagnostics;

namespace StaticSite.Content;

/// <summary>The <c>withdrawn:</c> block as written: when the article was withdrawn and why.</summary>
internal sealed record WithdrawalEntry(Located<ContentDate>? Date, Located<string>? Reason, SourceLocation At);
