using StaticSite.Diagnostics;

namespace StaticSite.Incremental;

/// <summary>What a successful build leaves for the next one to compare with: the digest of its inputs (null when they
/// are not files on disk), the earliest date a left-out future article comes due and how many were left out, and its
/// warnings.</summary>
internal sealed record BuildSummary(string? Inputs, DateTimeOffset? NextDue, int FutureCount,
    IReadOnlyList<Diagnostic> Warnings);
