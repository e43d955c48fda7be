namespace StaticSite.Content;

/// <summary>The bounds every input is held to, so one file or one pull request cannot make a build run for hours, fill
/// a disk or exhaust memory; each is an error at the place that goes past it. docs/OPERATIONS.md lists them.</summary>
internal static class ContentLimits
{
    /// <summary>The largest input file read (articles, registries), checked from the file's size before it is
    /// read.</summary>
    public const int FileBytes = 2 * 1024 * 1024;

    /// <summary>Topics one article may list: each topic makes the article appear on a topic page and in a topic
    /// feed.</summary>
    public const int TopicsPerArticle = 20;

    /// <summary>Translators one article may list.</summary>
    public const int TranslatorsPerArticle = 10;

    /// <summary>Reporters (<c>author</c>) one article may list.</summary>
    public const int AuthorsPerArticle = 10;

    /// <summary>Places one article may list.</summary>
    public const int PlacesPerArticle = 20;

    /// <summary>Corrections one article may carry.</summary>
    public const int CorrectionsPerArticle = 50;

    /// <summary>The most pages a site may have (articles, lists, archives, every language): several times a large
    /// newsroom's archive, far below what would exhaust a build machine.</summary>
    public const int SitePages = 250_000;

    /// <summary>The most bytes one rendered page may have.</summary>
    public const int PageBytes = 16 * 1024 * 1024;

    /// <summary>The longest one page's templates may run (processor time; a page of this site's templates takes well
    /// under a millisecond), and the longest one regular expression in a template may run.</summary>
    public static readonly TimeSpan TemplateTimePerPage = TimeSpan.FromSeconds(5);

    /// <summary>The longest all pages' templates together may run, besides the time per page: generous for a site at
    /// <see cref="SitePages"/>, yet it ends a build whose every page runs slow templates in minutes, not
    /// hours.</summary>
    public static TimeSpan TemplateTimePerBuild(int pages) =>
        TimeSpan.FromSeconds(60) + TimeSpan.FromMilliseconds(10) * pages;
}
