namespace StaticSite.Rendering;

/// <summary>A run of raw HTML as written, and the offset in the article body where it starts.</summary>
internal readonly record struct RawHtmlLine(string Text, int BodyOffset);
