using StaticSite.Content;
using StaticSite.Diagnostics;
using StaticSite.Output;



namespace StaticSite.Pipeline;

/// <summary>What a build produced: the site in memory (null when it failed before rendering) and every diagnostic.</summary>
public sealed record BuildResult(OutputSet? Output, IReadOnlyList<Diagnostic> Diagnostics, int ArticleCount)
{
    /// <summary>Whether any diagnostic is an error, in which case nothing may be published.</summary>
    public bool Failed => Output is null || Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>How many pages were reused from the previous build instead of rendered.</summary>
    public int ReusedPages { get; init; }

    /// <summary>How long each stage took, in order.</summary>
    public IReadOnlyList<StageTiming> Timings { get; init; } = [];

    /// <summary>The validated articles this build published, so later checks can point back at an article's file.</summary>
    public IReadOnlyList<Article> Articles { get; init; } = [];

    /// <summary>The site settings the build used (with any --base-url override), so callers know the base path.</summary>
    public SiteConfig? Site { get; init; }

    /// <summary>The earliest date of an article left out as future-dated: from then on, the same input builds a different site.</summary>
    public DateTimeOffset? NextDue { get; init; }

    /// <summary>How many warnings the build reported.</summary>
    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
