using StaticSite.Content;

namespace StaticSite.Output;

/// <summary>The rule every output path must pass so nothing is written outside the output folder.</summary>
internal static class OutputPaths
{
    /// <summary>Whether a relative output path is plain: '/'-separated non-empty segments, no '.', '..', backslash,
    /// colon, NUL or reserved device names.</summary>
    public static bool IsSafe(string path)
    {
        if (path.Length == 0 || path.Length > 400 || path.StartsWith('/') || path.Contains('\\') || path.Contains(':')
            || path.Any(char.IsControl))
        {
            return false;
        }

        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0 || segment == "." || segment == ".." || segment.Contains('%')) return false;
            if (Slugs.IsReservedName(segment.Split('.')[0])) return false;
        }

        return true;
    }
}
