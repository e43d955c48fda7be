namespace StaticSite.Content;

/// <summary>Settings from <c>site.yml</c>: the site's name, address, language and list size, and the pictures that
/// stand for the site (<see cref="Image"/>, <see cref="Logo"/>).</summary>
internal sealed record SiteConfig(
    string Title,
    string Description,
    Uri BaseUrl,
    string Language,
    IReadOnlyList<string> Languages,
    int PageSize)
{
    /// <summary>The picture shown when a page other than an article is shared (a site path such as
    /// <c>/media/site.jpg</c>), or null: a card with the site's name is drawn instead.</summary>
    public string? Image { get; init; }

    /// <summary>The publisher's logo for structured data (a site path such as <c>/media/logo.png</c>), or
    /// null.</summary>
    public string? Logo { get; init; }

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

    /// <summary>Whether each article without a photograph gets a social card drawn with its title
    /// (<c>article_cards: true</c>); off by default, because drawing one costs about as much processor time as
    /// building a hundred pages.</summary>
    public bool ArticleCards { get; init; }

    /// <summary>The field names <c>site.yml</c> may have.</summary>
    public static readonly string[] FieldNames = ["title", "description", "base_url", "language", "languages",
        "page_size", "titles", "descriptions", "removed", "news_sitemap", "article_cards", "archive_after_days", "repository",
        "corrections_policy", "history", "image", "logo"];

    /// <summary>How many days after an original was published <c>check</c> expects a snapshot of it
    /// (<c>source.archived</c>); null: never.</summary>
    public int? ArchiveAfterDays { get; init; }

    /// <summary>The web address of the content's git repository (such as <c>https://github.com/org/reports</c>), so
    /// each change in an article's history links to its commit; null: no links.</summary>
    public string? Repository { get; init; }

    /// <summary>The absolute address of the newsroom's corrections policy, for <c>correctionsPolicy</c> in the
    /// publisher's structured data; null when site.yml names none.</summary>
    public string? CorrectionsPolicy { get; init; }

    /// <summary>Whether article pages show their revision history from git (<c>history: false</c> turns it
    /// off).</summary>
    public bool History { get; init; } = true;
}
