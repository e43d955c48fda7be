namespace StaticSite.Diagnostics;

/// <summary>Finds the closest known key to a misspelled one, for "did you mean" hints.</summary>
internal static class Suggestions
{
    /// <summary>Returns the " (did you mean 'x'?)" suffix for the nearest candidate, or an empty string when none is
    /// close.</summary>
    public static string DidYouMean(string given, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known.OrderBy(k => k, StringComparer.Ordinal))
        {
            var d = Distance(given.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (d < bestDistance)
            {
                bestDistance = d;
                best = candidate;
            }
        }

        var limit = Math.Max(2, given.Length / 3);
        return best is not null && bestDistance <= limit ? $" (did you mean '{best}'?)" : "";
    }

    /// <summary>Levenshtein edit distance between two strings.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
