namespace StaticSite.Rendering;

/// <summary>One child of a Markdown container as the HTML sanitizer sees it: raw HTML (its lines, each with the body
/// offset it starts at), or, with <see cref="Raw"/> null, a Markdown child that stands as a placeholder.</summary>
internal sealed record RawHtmlPart(IReadOnlyList<RawHtmlLine>? Raw);
