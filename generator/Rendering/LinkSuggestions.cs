using StaticSite.Diagnostics;

namespace StaticSite.Rendering;

/// <summary>The "did you mean" of a broken body link: a file of the same name elsewhere on the site (an image written
/// relative to the article that lives in <c>/media/</c>), else the path in the same part of the site whose last
/// segment is closest.</summary>
internal static class LinkSuggestions
{
    /// <summary>The " (did you mean '…'?)" suffix for <paramref name="path"/>, or an empty string.</summary>
    public static string For(string path, IReadOnlySet<string> sitePaths)
    {
        var name = LastSegment(path);
        if (name.Length > 0 && Path.HasExtension(name))
        {
            var sameName = sitePaths
                .Where(p => p.EndsWith("/" + name, StringComparison.OrdinalIgnoreCase))
                .OrderBy(p => p.StartsWith("/media/", StringComparison.Ordinal) ? 0 : 1)
                .ThenBy(p => p.Length)
                .ThenBy(p => p, StringComparer.Ordinal)
                .FirstOrDefault();
            if (sameName is not null) return $" (did you mean '{sameName}'?)";
        }

        var section = path.IndexOf('/', 1) is var end and > 0 ? path[..(end + 1)] : "/";
        string? best = null;
        var bestDistance = Math.Max(2, name.Length / 3) + 1;
        foreach (var candidate in sitePaths.Where(p => p.StartsWith(section, StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            var distance = Suggestions.Distance(name.ToLowerInvariant(), LastSegment(candidate).ToLowerInvariant());
            if (distance >= bestDistance) continue;
            best = candidate;
            bestDistance = distance;
        }

        return best is null ? "" : $" (did you mean '{best}'?)";
    }

    private static string LastSegment(string path)
    {
        var trimmed = path.TrimEnd('/');
        return trimmed[(trimmed.LastIndexOf('/') + 1)..];
    }
}
