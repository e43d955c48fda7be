using StaticSite.Indexing;

namespace StaticSite.Feeds;

/// <summary><c>robots.txt</c>: every crawler may read everything, and finds the sitemap here.</summary>
internal static class RobotsFile
{
    /// <summary>The file's text for the site whose root URLs are <paramref name="urls"/>.</summary>
    public static string For(UrlMap urls) => $"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute(UrlMap.Sitemap())}\n";
}
