namespace StaticSite.Rendering.Models;

/// <summary>A link to a version of a page in one language, for language switchers and <c>hreflang</c>
/// alternates.</summary>
/// <param name="Code">The language code (<c>ko</c>).</param>
/// <param name="Name">The language's name in itself (한국어).</param>
/// <param name="Url">The version's address.</param>
/// <param name="AbsoluteUrl">The version's absolute address, for <c>hreflang</c> links.</param>
/// <param name="IsCurrent">Whether this is the page being shown.</param>
internal sealed record LanguageLinkModel(string Code, string Name, string Url, string AbsoluteUrl, bool IsCurrent);
