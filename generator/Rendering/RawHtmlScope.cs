using StaticSite.Diagnostics;

namespace StaticSite.Rendering;

/// <summary>What sanitizing one body's raw HTML reports to: where its characters are in the article file, the
/// diagnostics, and the check every <c>href</c> and <c>src</c> goes through (the one Markdown links get), which
/// returns the URL to write, or an empty string when the target was refused.</summary>
internal sealed record RawHtmlScope(
    BodyPositions Positions, DiagnosticBag Diagnostics, Func<string, bool, SourceLocation, string> CheckUrl);
