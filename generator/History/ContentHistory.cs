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
    private const string Magic = "staticsite-history-1";
    private readonly Dictionary<string, List<Revision>> _byPath;

    private ContentHistory(Dictionary<string, List<Revision>> byPath, string? commit)
    {
        _byPath = byPath;
        Commit = commit;
    }

    /// <summary>No history: articles keep their front-matter dates.</summary>
    public static ContentHistory None { get; } = new(new Dictionary<string, List<Revision>>(), null);

    /// <summary>The commit the history was read at (null for none), so a later build at the same commit reuses it
    /// instead of running <c>git log</c> again.</summary>
    public string? Commit { get; }

    /// <summary>How many files have commits.</summary>
    public int FileCount => _byPath.Count;

    /// <summary>The commit the content folder's repository is at, or null when it is not in a repository (part of the
    /// inputs' digest, so a new commit is never mistaken for "nothing changed").</summary>
    public static string? Head(IFileTree content) =>
        content is DiskFileTree disk ? GitRunner.Run(disk.Root, "rev-parse", "HEAD")?.Trim() : null;

    /// <summary>Reads the history of <paramref name="content"/> when it is a folder in a git repository and <paramref
    /// name="site"/> does not turn history off; a shallow clone is reported as a warning.</summary>
    public static ContentHistory Read(IFileTree content, SiteConfig site, DiagnosticBag diagnostics,
        ContentHistory? previous = null)
    {
        if (!site.History || content is not DiskFileTree disk) return None;
        var state = GitRunner.Run(disk.Root, "rev-parse", "--is-shallow-repository", "HEAD");
        if (state is null) return None;
        var head = state.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
        if (state.StartsWith("true", StringComparison.Ordinal))
        {
            diagnostics.Warning(SourceLocation.FileOnly(content.DisplayPath("site.yml")),
                "the revision history is unavailable: the repository is a shallow clone, so article pages show the " +
                "dates of the front matter (fetch the whole history with 'git fetch --unshallow', or 'fetch-depth: " +
                "0' in actions/checkout; 'history: false' in site.yml turns history off)");
            return None;
        }

        if (previous?.Commit == head) return previous;
        var log = GitRunner.Run(disk.Root, "-c", "core.quotepath=off", "log", "-z", "--no-color", "--no-show-signature",
            "--format=" + GitLogParser.Format, "--name-status", "-M", "--relative", "--", ".");
        return log is null ? None : new ContentHistory(GitLogParser.Parse(log), head);
    }

    /// <summary>Writes the history (with the commit it was read at) for the next build.</summary>
    public void Save(string file, string generatorVersion)
    {
        var temporary = file + ".tmp";
        using (var w = new BinaryWriter(new BufferedStream(File.Create(temporary), 1 << 16)))
        {
            w.Write(Magic);
            w.Write(generatorVersion);
            w.Write(Commit ?? "");
            w.Write(_byPath.Count);
            foreach (var (path, revisions) in _byPath.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                w.Write(path);
                w.Write(revisions.Count);
                foreach (var r in revisions)
                {
                    w.Write(r.Commit);
                    w.Write(r.Date.Value.Ticks);
                    w.Write((short)r.Date.Value.Offset.TotalMinutes);
                    w.Write(r.Subject);
                    w.Write(r.Minor);
                }
            }
        }

        File.Move(temporary, file, true);
    }

    /// <summary>The history <see cref="Save"/> wrote for this generator build, or null when the file is missing,
    /// damaged or from another build.</summary>
    public static ContentHistory? Load(string file, string generatorVersion)
    {
        if (!File.Exists(file)) return null;
        try
        {
            using var r = new BinaryReader(new BufferedStream(File.OpenRead(file), 1 << 16));
            if (r.ReadString() != Magic || r.ReadString() != generatorVersion) return null;
            var commit = r.ReadString();
            var byPath = new Dictionary<string, List<Revision>>(StringComparer.Ordinal);
            for (var files = r.ReadInt32(); files > 0; files--)
            {
                var path = r.ReadString();
                var revisions = byPath[path] = new List<Revision>(r.ReadInt32());
                for (var i = revisions.Capacity; i > 0; i--)
                {
                    var hash = r.ReadString();
                    var date = new DateTimeOffset(r.ReadInt64(), TimeSpan.FromMinutes(r.ReadInt16()));
                    revisions.Add(new Revision(hash, new ContentDate(date, true), r.ReadString(), r.ReadBoolean()));
                }
            }

            return commit.Length == 0 ? null : new ContentHistory(byPath, commit);
        }
        catch (Exception e) when (e is IOException or FormatException or OverflowException or ArgumentException)
        {
            return null;
        }
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
