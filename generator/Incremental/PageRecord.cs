namespace StaticSite.Incremental;

/// <summary>What a build recorded of one page: the fingerprint of its inputs and the site links its article body makes
/// (checked again before the page is reused).</summary>
internal sealed record PageRecord(string Key, string[] Links);
