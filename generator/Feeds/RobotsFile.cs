using StaticSite.Indexing;

namespace StaticSite.Feeds;

/// <summary><c>robots.txt</c>: every crawler may read everything, and finds the sitemap here.</summary>
internal static class RobotsFile
{
    /// <summary>The file's text for the site whose root URLs are <paramref name="urls"/>; <paramref name="news"/> adds
    /// the Google News sitemap.</summary>
    public static string For(UrlMap urls, bool news = false) =>
        $"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute(UrlMap.Sitemap())}\n"
        + (news ? $"Sitemap: {urls.Absolute(UrlMap.NewsSitemap())}\n" : "");
}
