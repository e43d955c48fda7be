namespace StaticSite.Site;

/// <summary>How long one stage of a build took, for <c>--timings</c> and benchmark reports.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed);
