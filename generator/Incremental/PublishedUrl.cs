namespace StaticSite.Incremental;

/// <summary>One permalink a build published: its site path, and the article file and title behind it (an article's
/// page, the notice of a withdrawn one, or one of its aliases).</summary>
internal sealed record PublishedUrl(string Path, string File, string Title);
