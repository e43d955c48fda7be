using StaticSite.Diagnostics;

namespace StaticSite.Content;

/// <summary>The <c>source.archived:</c> block as written: the address of a snapshot of the original (a Wayback Machine
/// or archive.today copy) and the day it was taken.</summary>
internal sealed record ArchivedReference(Located<string>? Url, Located<ContentDate>? Date, SourceLocation At);
