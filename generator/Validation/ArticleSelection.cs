namespace StaticSite.Validation;

/// <summary>Which valid articles a build publishes: drafts only when asked, articles dated after <see cref="Now"/> only
/// when asked.</summary>
internal sealed record ArticleSelection(bool Drafts, bool Future, DateTimeOffset Now)
{
    /// <summary>Published articles only, as of now.</summary>
    public static ArticleSelection Published => new(false, false, DateTimeOffset.UtcNow);
}
