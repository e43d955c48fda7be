using StaticSite.Content;

namespace StaticSite.Indexing;

/// <summary>One correction in the site's corrections log: the article it was made to, the correction, and its number
/// among the article's corrections (from 1, oldest first), which names its anchor on the article page.</summary>
internal sealed record LoggedCorrection(Article Article, Correction Correction, int Number)
{
    /// <summary>Every correction of <paramref name="articles"/>, newest first (ties: newer article, then slug, then
    /// later number).</summary>
    public static IReadOnlyList<LoggedCorrection> Of(IReadOnlyList<Article> articles) =>
        articles.SelectMany(a => a.Corrections.Select((c, i) => new LoggedCorrection(a, c, i + 1)))
            .OrderByDescending(c => c.Correction.Date.Value)
            .ThenByDescending(c => c.Article.Date.Value)
            .ThenBy(c => c.Article.Slug, StringComparer.Ordinal)
            .ThenByDescending(c => c.Number)
            .ToList();

    /// <summary>The anchor of the correction on its article's page.</summary>
    public string Anchor => AnchorOf(Number);

    /// <summary>The anchor of correction <paramref name="number"/> on an article page.</summary>
    public static string AnchorOf(int number) => $"correction-{number}";
}
