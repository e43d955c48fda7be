namespace StaticSite.Content;

/// <summary>The site paths a contributor may name as a page's earlier address (<c>aliases:</c>) or as a deliberately
/// removed one (<c>removed:</c> in site.yml): a page path such as <c>/articles/old-slug/</c> or
/// <c>/2019/old-report.html</c>, relative to <c>base_url</c>.</summary>
internal static class SitePaths
{
    /// <summary>The longest page path accepted; output paths stay well inside file-system limits.</summary>
    public const int MaxLength = 300;

    /// <summary>The path in its one written form (a folder path gets its trailing slash), or null when it is not a
    /// plain page path: it must start with '/', use only letters, digits, '-', '_', '.' and '~' in each segment, have
    /// no empty, '.' or '..' segment, no query or fragment, and name a folder or an <c>.html</c> file.</summary>
    public static string? Normalize(string path)
    {
        if (path.Length is 0 or > MaxLength || path[0] != '/') return null;
        var segments = path[1..].Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment.Length == 0 && i == segments.Length - 1) continue;
            if (segment.Length == 0 || segment is "." or ".." || !segment.All(IsPlain)
                || Slugs.IsReservedName(segment.Split('.')[0]))
            {
                return null;
            }
        }

        if (path.EndsWith('/')) return path;
        var last = segments[^1];
        if (last.EndsWith(".html", StringComparison.Ordinal) || last.EndsWith(".htm", StringComparison.Ordinal))
        {
            return path;
        }

        return last.Contains('.') ? null : path + "/";
    }

    private static bool IsPlain(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~';
}
