using System.Globalization;
using StaticSite.Content;

namespace StaticSite.Validation;

/// <summary>The <c>source.archived:</c> block (a snapshot of the original, so the translation stays verifiable when the
/// original disappears): its address is an absolute http(s) address of the expected form for the Wayback Machine and
/// archive.today, and it has a date; and, when <c>archive_after_days</c> is set in site.yml, a warning for an original
/// older than that without a snapshot.</summary>
internal static class ArchiveRules
{
    private static readonly string[] ArchiveTodayHosts =
        ["archive.today", "archive.ph", "archive.is", "archive.li", "archive.vn", "archive.md", "archive.fo"];

    /// <summary>Checks the block against the original's address <paramref name="original"/>; returns the snapshot, or
    /// null when there is none or it is malformed.</summary>
    public static ArchivedCopy? Check(ArticleCheck check, string? original)
    {
        var source = check.FrontMatter.Source;
        if (source?.Archived is not { } archived)
        {
            WarnWhenDue(check, original);
            return null;
        }

        if (archived.Url is not { } url)
        {
            check.Error(archived.At, "'source.archived' needs the snapshot's 'url' (and its 'date')");
            return null;
        }

        if (archived.Date is not { } date)
        {
            check.Error(archived.At, "'source.archived' needs the 'date' the snapshot was taken, such as 2021-06-10");
            return null;
        }

        if (!UrlRules.IsAbsoluteHttp(url.Value))
        {
            check.Error(url.At, $"'source.archived.url' must be an absolute http(s) address, not '{url.Value}'");
            return null;
        }

        if (original is not null && string.Equals(url.Value, original, StringComparison.Ordinal))
        {
            check.Error(url.At, "'source.archived.url' is the original's own address: give the snapshot's address");
            return null;
        }

        if (FormProblem(new Uri(url.Value), date.Value, original) is { } problem)
        {
            check.Warning(url.At, problem);
        }

        return new ArchivedCopy(url.Value, date.Value);
    }

    /// <summary>What is wrong with the form of a known archive's snapshot address, or null.</summary>
    internal static string? FormProblem(Uri snapshot, ContentDate date, string? original)
    {
        var host = snapshot.Host.ToLowerInvariant();
        if (host == "web.archive.org")
        {
            var path = snapshot.AbsolutePath;
            var parts = path.Split('/', 4);
            if (parts.Length < 4 || parts[1] != "web" || parts[2].Length < 4 || !char.IsAsciiDigit(parts[2][0]))
            {
                return "a Wayback Machine snapshot address looks like https://web.archive.org/web/20210610000000/" +
                    $"<original address>, not '{snapshot.OriginalString}'";
            }

            var stamp = new string(parts[2].TakeWhile(char.IsAsciiDigit).ToArray());
            if (stamp.Length >= 8 && stamp[..8] != date.Value.ToString("yyyyMMdd", CultureInfo.InvariantCulture))
            {
                return $"the snapshot's address is dated {stamp[..4]}-{stamp[4..6]}-{stamp[6..8]}, but " +
                    $"'source.archived.date' says {date.IsoDate}";
            }

            var captured = snapshot.OriginalString[(snapshot.OriginalString.IndexOf(parts[2], StringComparison.Ordinal)
                + parts[2].Length + 1)..];
            return original is not null && !SameAddress(captured, original)
                ? $"the snapshot is of '{captured}', not of the original '{original}'"
                : null;
        }

        if (ArchiveTodayHosts.Contains(host) && snapshot.AbsolutePath.Trim('/').Length == 0)
        {
            return $"an archive.today snapshot address names the copy, such as https://{host}/AbC12, not only the " +
                "site";
        }

        return null;
    }

    private static bool SameAddress(string captured, string original)
    {
        static string Plain(string url) => url.Replace("https://", "", StringComparison.OrdinalIgnoreCase)
            .Replace("http://", "", StringComparison.OrdinalIgnoreCase).TrimEnd('/');
        return string.Equals(Plain(captured), Plain(original), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Warns when site.yml asks for snapshots after <c>archive_after_days</c> and this original is older
    /// than that without one.</summary>
    private static void WarnWhenDue(ArticleCheck check, string? original)
    {
        var fm = check.FrontMatter;
        if (check.Content.Site.ArchiveAfterDays is not { } days || original is null || fm.Source?.Url is not { } url)
        {
            return;
        }

        var published = fm.Source.Published?.Value ?? fm.Date?.Value;
        if (published is not { } since) return;
        var age = (int)Math.Floor((check.Now - since.Value).TotalDays);
        if (age < days) return;
        check.Warning(url.At, $"the original was published {age} days ago and has no archived copy: add " +
            "'source.archived' with a snapshot's url and date ('staticsite archive-originals' lists every original " +
            $"without one; site.yml asks after {days} days)");
    }
}
