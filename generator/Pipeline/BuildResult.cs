using StaticSite.Content;
using StaticSite.Diagnostics;
using StaticSite.Output;

namespace StaticSite.Pipeline;

/// <summary>What a build produced: the site (null when it failed before rendering), every diagnostic, and its
/// figures.</summary>
internal sealed record BuildResult(OutputSet? Output, IReadOnlyList<Diagnostic> Diagnostics, int ArticleCount)
{
    /// <summary>Whether any diagnostic is an error, in which case nothing was published.</summary>
    public bool Failed => (Output is null && !UpToDate) || Problem is not null
        || Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>Why the output could not be written (another build holds it, it is not ours, the file system refused),
    /// or null.</summary>
    public OutputProblem? Problem { get; init; }

    /// <summary>What the build put right or left alone beside the output folder, for the operator.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>How many valid articles were left out because they are dated in the future.</summary>
    public int FutureCount { get; init; }

    /// <summary>When the first of them comes due.</summary>
    public DateTimeOffset? FutureDue { get; init; }

    /// <summary>Whether the build stopped at once because nothing changed since the last one (the output is as it
    /// was).</summary>
    public bool UpToDate { get; init; }

    /// <summary>How many files the site has (for an up-to-date build, as the previous build counted them).</summary>
    public int FileCount => Output?.Count ?? PreviousFileCount;

    /// <summary>How many files the previous build wrote, when this one found nothing changed.</summary>
    public int PreviousFileCount { get; init; }

    /// <summary>How many pages were reused from the previous build instead of rendered.</summary>
    public int ReusedPages { get; init; }

    /// <summary>How long each step took, in order.</summary>
    public IReadOnlyList<StepTiming> Timings { get; init; } = [];

    /// <summary>The site settings the build used (with any --base-url override), so callers know the base
    /// path.</summary>
    public SiteConfig? Site { get; init; }

    /// <summary>The earliest date of an article left out as future-dated: from then on, the same input builds a
    /// different site.</summary>
    public DateTimeOffset? NextDue { get; init; }

    /// <summary>What the permalink guard has to say besides its diagnostics (that it had no record to compare with),
    /// or null.</summary>
    public string? PermalinkNote { get; init; }
    /// <summary>How many valid articles are held back by an embargo that has not lifted.</summary>
    public int Embargoed { get; init; }

    /// <summary>When the next embargo lifts, or null when no article is under embargo.</summary>
    public DateTimeOffset? NextLift { get; init; }

    /// <summary>How many errors the build reported.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>How many warnings the build reported.</summary>
    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
