using StaticSite.Diagnostics;

namespace StaticSite.Incremental;

/// <summary>What a successful build leaves for the next one to compare with: the digest of its inputs (null when they
/// are not files on disk), the earliest date a left-out future article comes due, and its warnings.</summary>
internal sealed record BuildSummary(string? Inputs, DateTimeOffset? NextDue, IReadOnlyList<Diagnostic> Warnings)
{
    /// <summary>How many articles were held back by an embargo, and when the next one lifts.</summary>
    public (int Count, DateTimeOffset? NextLift) Embargo { get; init; }
}
