using System.Globalization;
using StaticSite.Content;

namespace StaticSite.History;

/// <summary>Reads the output of <c>git log -z --name-status -M</c> with the format <see cref="Format"/> into each
/// file's commits, newest first, following renames (the commits of <c>a.md</c> before it was renamed to <c>b.md</c>
/// belong to <c>b.md</c>) and forgetting the commits of an earlier file that was deleted at the same path.</summary>
internal static class GitLogParser
{
    /// <summary>The <c>--format</c> each commit is printed with: a record separator, then hash, committer date (strict
    /// ISO 8601) and subject, separated by unit separators.</summary>
    public const string Format = "%x1e%H%x1f%cI%x1f%s";

    private const string Gone = "\0";

    /// <summary>Each path's commits, newest first.</summary>
    public static Dictionary<string, List<Revision>> Parse(string log)
    {
        var byPath = new Dictionary<string, List<Revision>>(StringComparer.Ordinal);
        var current = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in log.Split('\u001e', StringSplitOptions.RemoveEmptyEntries))
        {
            var headerEnd = record.IndexOf('\0');
            var header = (headerEnd < 0 ? record : record[..headerEnd]).Split('\u001f');
            if (header.Length < 3 || !DateTimeOffset.TryParseExact(header[1], "yyyy-MM-dd'T'HH:mm:ssK",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                continue;
            }

            var subject = header[2].Trim();
            var revision = new Revision(header[0], new ContentDate(date, true), subject,
                subject.Contains("[minor]", StringComparison.OrdinalIgnoreCase));
            var fields = headerEnd < 0 ? [] : record[(headerEnd + 1)..].TrimStart('\n').Split('\0');
            for (var i = 0; i + 1 < fields.Length; i += 2)
            {
                var status = fields[i].TrimStart('\n');
                var path = fields[i + 1];
                if (status.Length == 0) continue;
                if (status[0] is 'R' or 'C' && i + 2 < fields.Length)
                {
                    var renamed = fields[i + 2];
                    var now = current.GetValueOrDefault(renamed, renamed);
                    Add(byPath, now, revision);
                    if (status[0] == 'R')
                    {
                        current[renamed] = Gone;
                        current[path] = now;
                    }

                    i++;
                    continue;
                }

                Add(byPath, current.GetValueOrDefault(path, path), revision);
                if (status[0] == 'A') current[path] = Gone;
            }
        }

        return byPath;
    }

    private static void Add(Dictionary<string, List<Revision>> byPath, string path, Revision revision)
    {
        if (path == Gone) return;
        if (!byPath.TryGetValue(path, out var list)) byPath[path] = list = [];
        if (list.Count == 0 || list[^1].Commit != revision.Commit) list.Add(revision);
    }
}
