using StaticSite.Content;

namespace StaticSite.Validation;

/// <summary>The validate step's result: the articles this build publishes, newest first, the earliest date of a valid
/// article left out because it lies in the future or under embargo (when the site will next change by itself) and
/// how many valid articles were left out as dated in the future.</summary>
internal sealed record SelectedArticles(IReadOnlyList<Article> Articles, DateTimeOffset? NextDue,
    int FutureCount = 0)
{
    /// <summary>The files left out for an error (in their front matter, or a duplicate slug), whose bodies
    /// <c>check</c> still renders to report their mistakes in the same run.</summary>
    public IReadOnlyList<ArticleFile> Rejected { get; init; } = [];

    /// <summary>How many valid articles are held back by an <c>embargo:</c> that has not lifted.</summary>
    public int Embargoed => Held.Count;

    /// <summary>The valid articles held back by an embargo that has not lifted.</summary>
    public IReadOnlyList<Article> Held { get; init; } = [];

    /// <summary>When the next embargo lifts, or null when no article is under embargo.</summary>
    public DateTimeOffset? NextLift { get; init; }

    /// <summary>When the first article left out as dated in the future comes due (embargoes aside).</summary>
    public DateTimeOffset? FutureDue { get; init; }
}
