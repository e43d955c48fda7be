using StaticSite.Media;
using StaticSite.Validation;

namespace StaticSite.Pipeline;

/// <summary>What a build reads, where it writes, and which articles it includes.</summary>
internal sealed record BuildOptions
{
    public string ContentDir { get; init; } = "content";
    public string TemplatesDir { get; init; } = "templates";

    /// <summary>The folder the site is published to, replaced as a whole; null keeps the site in memory (check, serve,
    /// tests).</summary>
    public string? OutputDir { get; init; }

    /// <summary>Overrides <c>base_url</c> from site.yml (for example a preview or Pages address).</summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>Include articles marked <c>draft: true</c>.</summary>
    public bool Drafts { get; init; }

    /// <summary>Include articles dated after <see cref="Now"/>.</summary>
    public bool Future { get; init; }

    /// <summary>Keep going past content errors (<c>check</c>): the valid articles are rendered and every page is
    /// checked, so link problems show in the same run; the result still counts as failed.</summary>
    public bool CheckEverything { get; init; }

    /// <summary>Render every page even when the cache says it is unchanged (<c>build --clean</c>).</summary>
    public bool Clean { get; init; }

    /// <summary>Where the incremental-build cache lives; null means beside the output folder.</summary>
    public string? CacheDir { get; init; }

    /// <summary>The moment that decides which articles are "in the future"; only inclusion depends on it, never the
    /// output bytes.</summary>
    public DateTimeOffset Now { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>Parse every built page and refuse unsafe markup (event handlers, script URLs, foreign scripts, frames,
    /// forms, inline styles); CI, <c>check</c> and the tests turn it on.</summary>
    public bool Audit { get; init; }

    /// <summary>The record of the permalinks the last build published (<c>urls.txt</c> in the cache folder), which
    /// this build compares with and, when it publishes, replaces; null turns the permalink guard off.</summary>
    public string? PermalinkRecord { get; init; }

    /// <summary>Accept, this once, that addresses the last build published are gone (<c>--allow-removed</c>): they
    /// are reported as warnings and left out of the new record.</summary>
    public bool AllowRemoved { get; init; }

    /// <summary>Replace an existing output folder even when it does not carry the marker of a build of this generator
    /// (<c>build --force</c>).</summary>
    public bool Force { get; init; }

    /// <summary>Wait for another build of the same output folder to finish (false: <c>build --no-wait</c>, which fails
    /// at once).</summary>
    public bool Wait { get; init; } = true;

    /// <summary>The font files social cards are drawn with (see <see cref="CardFont"/>); when none holds a usable
    /// font, the build warns once and pages are shared with the site image.</summary>
    public IReadOnlyList<string> CardFonts { get; init; } = CardFont.DebianFiles;

    /// <summary>Which valid articles the build publishes.</summary>
    public ArticleSelection Selection => new(Drafts, Future, Now);

    /// <summary>The options that shape the output, as one line for the input digest.</summary>
    public string Settings() =>
        string.Join('\n', BaseUrl, Drafts.ToString() + Future + Audit, OutputDir is null ? ""
            : Path.GetFullPath(OutputDir), string.Join(';', CardFonts.Select(f => f + " " + File.Exists(f))));
}
