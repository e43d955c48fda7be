using StaticSite.Incremental;

namespace StaticSite.Pipeline;

/// <summary>What the guard step found: this build's permalinks (recorded for the next build when it publishes) and a
/// note for the reader when there was nothing to compare with.</summary>
internal sealed record PermalinkCheck(IReadOnlyList<PublishedUrl> Current, string? Note);
