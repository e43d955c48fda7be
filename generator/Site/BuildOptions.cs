namespace StaticSite.Site;

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

    /// <summary>The moment that decides which articles are "in the future"; only inclusion depends on it, never the output bytes.</summary>
    public DateTimeOffset Now { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>Parse every built page and refuse unsafe markup (event handlers, script URLs, foreign scripts, frames, forms, inline styles); CI and the tests turn it on.</summary>
    public bool Audit { get; init; }
}
