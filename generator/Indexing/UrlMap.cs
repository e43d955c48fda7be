using System.Buffers;
using StaticSite.Content;
using StaticSite.Output;

namespace StaticSite.Indexing;

/// <summary>The URL contract in one place: the site path of every page kind, the href that includes the base path (and
/// the language folder), the absolute URL, and the output file.</summary>
internal sealed class UrlMap
{
    private readonly Uri _base;
    private readonly string _absoluteBase;
    private static readonly SearchValues<char> PlainPathChars =
        SearchValues.Create("-./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz");

    /// <summary>The URLs of the site root, or of a language's folder when <paramref name="language"/> is given (pages
    /// of a non-default language live under <c>/&lt;lang&gt;/</c>).</summary>
    public UrlMap(SiteConfig site, string language = "")
    {
        Prefix = language.Length == 0 ? "" : "/" + language;
        _base = language.Length == 0 ? site.BaseUrl : new Uri(site.BaseUrl, language + "/");
        BasePath = _base.AbsolutePath.EndsWith('/') ? _base.AbsolutePath : _base.AbsolutePath + "/";
        _absoluteBase = _base.AbsoluteUri;
    }

    /// <summary>The path of <c>base_url</c> (plus the language folder), such as <c>/reports/</c> or
    /// <c>/reports/ko/</c>.</summary>
    public string BasePath { get; }

    /// <summary>The site path of this map's folder relative to the site root: empty, or <c>/ko</c>.</summary>
    public string Prefix { get; }

    public static string Home(int page = 1) => page <= 1 ? "/" : $"/page/{page}/";
    public static string Article(string slug) => $"/articles/{slug}/";
    public static string Sources() => "/sources/";
    public static string Source(string key, int page = 1) => page <= 1 ? $"/sources/{key}/"
        : $"/sources/{key}/page/{page}/";
    public static string SourceFeed(string key) => $"/sources/{key}/feed.xml";
    public static string Topics() => "/topics/";
    public static string Topic(string key, int page = 1) => page <= 1 ? $"/topics/{key}/"
        : $"/topics/{key}/page/{page}/";
    public static string TopicFeed(string key) => $"/topics/{key}/feed.xml";
    public static string Translators() => "/translators/";
    public static string Translator(string slug) => $"/translators/{slug}/";
    public static string Feed() => "/feed.xml";
    public static string Corrections(int page = 1) => page <= 1 ? "/corrections/" : $"/corrections/page/{page}/";
    public static string CorrectionsFeed() => "/corrections/feed.xml";
    public static string CorrectionsJsonFeed() => "/corrections/feed.json";
    public static string Search() => "/search/";
    public static string Sitemap() => "/sitemap.xml";

    /// <summary>The site path of part <paramref name="number"/> (from 1) of a sitemap too large for one file, which
    /// <c>/sitemap.xml</c> then lists as a sitemap index.</summary>
    public static string SitemapPart(int number) => $"/sitemap-{number}.xml";
    public static string Robots() => "/robots.txt";

    /// <summary>The Google News sitemap (when <c>news_sitemap: true</c>).</summary>
    public static string NewsSitemap() => "/news-sitemap.xml";

    /// <summary>The redirect rules for hosts that read them (Netlify, Cloudflare Pages).</summary>
    public static string Redirects() => "/_redirects";

    public static string Archive() => "/archive/";
    public static string ArchiveYear(int year, int page = 1) => page <= 1 ? $"/archive/{year:0000}/"
        : $"/archive/{year:0000}/page/{page}/";
    public static string ArchiveMonth(int year, int month, int page = 1) => page <= 1
        ? $"/archive/{year:0000}/{month:00}/" : $"/archive/{year:0000}/{month:00}/page/{page}/";

    /// <summary>The archive document of a month's articles (RFC 5005), beside the month's page.</summary>
    public static string ArchiveMonthFeed(int year, int month) => $"/archive/{year:0000}/{month:00}/feed.xml";
    public static string TranslatorFeed(string slug) => $"/translators/{slug}/feed.xml";
    public static string Reporters() => "/reporters/";
    public static string Reporter(string slug, int page = 1) => page <= 1 ? $"/reporters/{slug}/"
        : $"/reporters/{slug}/page/{page}/";
    public static string ReporterFeed(string slug) => $"/reporters/{slug}/feed.xml";
    public static string Places() => "/places/";
    public static string Place(string slug, int page = 1) => page <= 1 ? $"/places/{slug}/"
        : $"/places/{slug}/page/{page}/";
    public static string PlaceFeed(string slug) => $"/places/{slug}/feed.xml";

    /// <summary>The JSON Feed beside an Atom feed (<c>feed.json</c> next to <c>feed.xml</c>).</summary>
    public static string JsonFeed(string atomFeed) => atomFeed[..^".xml".Length] + ".json";
    public static string NotFound() => "/404.html";

    /// <summary>The link a page uses for a site path: the base path joined with it (for example
    /// <c>/reports/articles/x/</c>).</summary>
    public string Href(string sitePath)
    {
        var relative = sitePath.AsSpan().TrimStart('/');
        return BasePath == "/" && relative.Length == sitePath.Length - 1 ? sitePath : string.Concat(BasePath, relative);
    }

    /// <summary>The absolute URL of a site path, for canonical links, feeds and the sitemap.</summary>
    public string Absolute(string sitePath)
    {
        var relative = sitePath.AsSpan().TrimStart('/');
        return _absoluteBase.EndsWith('/') && IsPlain(relative) ? string.Concat(_absoluteBase, relative)
            : new Uri(_base, relative.ToString()).AbsoluteUri;
    }

    /// <summary>Whether a relative path is only letters, digits, <c>-</c>, <c>_</c>, <c>.</c> and single slashes, with
    /// no <c>.</c> or <c>..</c> segment: joined to the base as it is, it gives what resolving it as a URI gives,
    /// without the cost of a <see cref="Uri"/>.</summary>
    private static bool IsPlain(ReadOnlySpan<char> relative)
    {
        if (relative.ContainsAnyExcept(PlainPathChars) || relative.Contains("//", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var range in relative.Split('/'))
        {
            if (relative[range] is "." or "..") return false;
        }

        return true;
    }

    /// <summary>The output file of a site path: directories get <c>index.html</c>.</summary>
    public static string OutputFile(string sitePath)
    {
        var relative = sitePath.TrimStart('/');
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }
}
