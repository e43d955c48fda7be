using StaticSite.Content;
using StaticSite.Content.Files;
using StaticSite.Diagnostics;

namespace StaticSite.History;

/// <summary>The revision history of the content folder from git, read once per build with one <c>git log</c> over the
/// whole folder (never once per file): each article file's commits, newest first. Without a repository, or with
/// <c>history: false</c> in site.yml, there is none; in a shallow clone (whose history is cut off) the build says so
/// and falls back to the front matter rather than print wrong dates.</summary>
internal sealed class ContentHistory
{
    private readonly Dictionary<string, List<Revision>> _byPath;

    private ContentHistory(Dictionary<string, List<Revision>> byPath) => _byPath = byPath;

    /// <summary>No history: articles keep their front-matter dates.</summary>
    public static ContentHistory None { get; } = new(new Dictionary<string, List<Revision>>());

    /// <summary>How many files have commits.</summary>
    public int FileCount => _byPath.Count;

    /// <summary>The commit the content folder's repository is at, or null when it is not in a repository (part of the
    /// inputs' digest, so a new commit is never mistaken for "nothing changed").</summary>
    public static string? Head(IFileTree content) =>
        content is DiskFileTree disk ? GitRunner.Run(disk.Root, "rev-parse", "HEAD")?.Trim() : null;

    /// <summary>Reads the history of <paramref name="content"/> when it is a folder in a git repository and <paramref
    /// name="site"/> does not turn history off; a shallow clone is reported as a warning.</summary>
    public static ContentHistory Read(IFileTree content, SiteConfig site, DiagnosticBag diagnostics)
    {
        if (!site.History || content is not DiskFileTree disk) return None;
        var state = GitRunner.Run(disk.Root, "rev-parse", "--is-shallow-repository", "HEAD");
        if (state is null) return None;
        if (state.StartsWith("true", StringComparison.Ordinal))
        {
            diagnostics.Warning(SourceLocation.FileOnly(content.DisplayPath("site.yml")),
                "the revision history is unavailable: the repository is a shallow clone, so article pages show the " +
                "dates of the front matter (fetch the whole history with 'git fetch --unshallow', or 'fetch-depth: " +
                "0' in actions/checkout; 'history: false' in site.yml turns history off)");
            return None;
        }

        var log = GitRunner.Run(disk.Root, "-c", "core.quotepath=off", "log", "-z", "--no-color", "--no-show-signature",
            "--format=" + GitLogParser.Format, "--name-status", "-M", "--relative", "--", ".");
        return log is null ? None : new ContentHistory(GitLogParser.Parse(log));
    }

    /// <summary>The articles with their commits and the date of their last substantive change: the newest commit that
    /// is not the file's first (its creation), not marked <c>[minor]</c>, and later than the article's date.</summary>
    public IReadOnlyList<Article> Apply(IReadOnlyList<Article> articles)
    {
        if (_byPath.Count == 0) return articles;
        return articles.Select(article =>
        {
            if (!_byPath.TryGetValue(article.RelativePath, out var revisions)) return article;
            var revised = revisions.Take(revisions.Count - 1)
                .FirstOrDefault(r => !r.Minor && r.Date.CompareTo(article.Date) > 0);
            return article with { Revisions = revisions, Revised = revised?.Date };
        }).ToList();
    }
}
