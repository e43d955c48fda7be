namespace StaticSite.Output;

/// <summary>Finds the link targets a page names: its double-quoted <c>href</c> and <c>src</c> values.</summary>
internal static class HtmlLinks
{
    /// <summary>The values of every double-quoted <c>href</c> and <c>src</c> attribute in the page.</summary>
    public static List<string> Of(string html)
    {
        var targets = new List<string>();
        foreach (var range in Ranges(html)) targets.Add(html[range]);
        return targets;
    }

    /// <summary>Where in <paramref name="html"/> each double-quoted <c>href</c> value lies, then each <c>src</c> value,
    /// so a caller can look a target up without copying it.</summary>
    public static TargetRangeEnumerator Ranges(ReadOnlySpan<char> html) => new(html);
}
