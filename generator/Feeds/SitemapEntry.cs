namespace StaticSite.Feeds;

/// <summary>One page in the sitemap: its absolute URL, last change, and its versions in other languages (hreflang
/// alternates).</summary>
internal sealed record SitemapEntry(
    string Url, string? LastModified, IReadOnlyList<(string Language, string Url)> Alternates);
