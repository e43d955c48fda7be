using StaticSite.Content;

namespace StaticSite.Permalinks;

/// <summary>An earlier address of an article (one of its <c>aliases:</c>) and where it now leads.</summary>
/// <param name="SitePath">The old address, a site path.</param>
/// <param name="Target">The article's site path now.</param>
/// <param name="Article">The article.</param>
internal sealed record Redirect(string SitePath, string Target, Article Article);
