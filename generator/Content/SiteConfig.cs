namespace StaticSite.Content;

/// <summary>Settings from <c>site.yml</c>: the site's name, address, language and list size.</summary>
internal sealed record SiteConfig(
    string Title,
    string Description,
    Uri BaseUrl,
    string Language,
    IReadOnlyList<string> Languages,
    int PageSize)
{
    /// <summary>The path part of <see cref="BaseUrl"/>, always starting and ending with '/' (for example
    /// <c>/reports/</c>).</summary>
    public string BasePath => BaseUrl.AbsolutePath.EndsWith('/') ? BaseUrl.AbsolutePath : BaseUrl.AbsolutePath + "/";

    /// <summary>The site's title in other languages (<c>titles:</c>, language code to title); a language without one
    /// uses <see cref="Title"/>.</summary>
    public IReadOnlyDictionary<string, string> Titles { get; init; } = new Dictionary<string, string>();

    /// <summary>The site's description in other languages (<c>descriptions:</c>).</summary>
    public IReadOnlyDictionary<string, string> Descriptions { get; init; } = new Dictionary<string, string>();

    /// <summary>Site paths deliberately taken down (<c>removed:</c>), normalized: the permalink guard accepts that
    /// they are gone.</summary>
    public IReadOnlyList<string> Removed { get; init; } = [];

    /// <summary>Whether the build writes a Google News sitemap (<c>news_sitemap: true</c>).</summary>
    public bool NewsSitemap { get; init; }

    /// <summary>The field names <c>site.yml</c> may have.</summary>
    public static readonly string[] FieldNames = ["title", "description", "base_url", "language", "languages",
        "page_size", "titles", "descriptions", "removed", "news_sitemap"];
}
