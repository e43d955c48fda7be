using StaticSite.Content;
using StaticSite.Indexing;
using StaticSite.Rendering.Models;

namespace StaticSite.Rendering;

/// <summary>The short history an article page shows: the newest commits that changed its file, merged with its
/// corrections, newest first.</summary>
internal static class ArticleHistory
{
    /// <summary>How many commits the history shows; older ones are counted, not listed.</summary>
    public const int ShownCommits = 10;

    /// <summary>The history of <paramref name="article"/> (empty without git history) and how many older commits it
    /// leaves out; each commit links to <c>&lt;repository&gt;/commit/&lt;hash&gt;</c> when site.yml names the
    /// repository.</summary>
    public static (IReadOnlyList<RevisionModel> Lines, int Hidden) Of(Article article,
        Func<ContentDate, DateModel> date, string? repository)
    {
        if (article.Revisions.Count == 0) return ([], 0);
        var commits = article.Revisions.Take(ShownCommits).Select(r => (r.Date, Line: new RevisionModel(date(r.Date),
            r.Subject, repository is null ? null : $"{repository}/commit/{r.Commit}", false, null)));
        var corrections = article.Corrections.Select((c, i) => (c.Date, Line: new RevisionModel(date(c.Date), c.Text,
            null, true, LoggedCorrection.AnchorOf(i + 1))));
        var lines = corrections.Concat(commits)
            .Select((entry, order) => (entry.Date, entry.Line, order))
            .OrderByDescending(e => e.Date.Value)
            .ThenBy(e => e.order)
            .Select(e => e.Line)
            .ToList();
        return (lines, Math.Max(0, article.Revisions.Count - ShownCommits));
    }
}
