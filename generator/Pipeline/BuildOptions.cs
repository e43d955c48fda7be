namespace StaticSite.Pipeline;

/// <summary>What a build reads, where it writes, and which articles it includes.</summary>
public sealed record BuildOptions
{
    public string ContentDir { get; init; } = "content";
    public string TemplatesDir { get; init; } = "templates";
    public string OutputDir { get; init; } = "site-output";

    /// <summary>Overrides <c>base_url</c> from site.yml (for example a preview or Pages address).</summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>Include articles marked <c>draft: true</c>.</summary>
    public bool Drafts { get; init; }

    /// <summary>Include articles dated after <see cref="Now"/>.</summary>
    public bool Future { get; init; }

    /// <summary>Render the valid articles even when content has errors (check), so link problems show in the same run; the result still counts as failed.</summary>
    public bool RenderDespiteErrors { get; init; }

    /// <summary>Render every page even when the cache says it is unchanged.</summary>
    public bool Clean { get; init; }

    /// <summary>Where the incremental-build cache lives; null means beside the output folder.</summary>
    public string? CacheDir { get; init; }

    /// <summary>The moment that decides which articles are "in the future"; only inclusion depends on it, never the output bytes.</summary>
    public DateTimeOffset Now { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>Parse every built page and refuse unsafe markup (event handlers, script URLs, foreign scripts, frames, forms, inline styles); CI and the tests turn it on.</summary>
    public bool Audit { get; init; }
}
