namespace StaticSite.Rendering.Models;

/// <summary>A link to a version of a page in one language, for language switchers and <c>hreflang</c>
/// alternates.</summary>
internal sealed record LanguageLinkModel(string Code, string Name, string Url, string AbsoluteUrl, bool IsCurrent);
