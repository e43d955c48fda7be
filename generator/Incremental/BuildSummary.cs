using StaticSite.Diagnostics;

namespace StaticSite.Incremental;

/// <summary>What a successful build leaves for the next one to compare with: the digest of its inputs (null when they
/// are not files on disk), the earliest date a left-out future or embargoed article comes due, how many were left out
/// as future-dated, and its warnings.</summary>
internal sealed record BuildSummary(string? Inputs, DateTimeOffset? NextDue, int FutureCount,
    IReadOnlyList<Diagnostic> Warnings)
{
    /// <summary>How many articles were held back by an embargo, and when the next one lifts.</summary>
    public (int Count, DateTimeOffset? NextLift) Embargo { get; init; }

    /// <summary>When the first article left out as future-dated comes due (embargoes aside).</summary>
    public DateTimeOffset? FutureDue { get; init; }
}
