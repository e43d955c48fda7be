using StaticSite.Content;
using StaticSite.Diagnostics;

namespace StaticSite.Validation;

/// <summary>How many topics, translators, reporters, places and corrections one article may list
/// (<see cref="ContentLimits"/>): each listed item multiplies pages, feed entries and links, so one article listing
/// thousands (every declared topic, say) would make a build run for minutes and write gigabytes. Going past a limit is
/// an error at the first item over it; the other blocks look only at the items within it.</summary>
internal static class LimitRules
{
    /// <summary>Checks every list of the article against its limit.</summary>
    public static void Check(ArticleCheck check)
    {
        var fm = check.FrontMatter;
        Limit(check, fm.Topics.Select(t => t.At).ToList(), ContentLimits.TopicsPerArticle, "topics");
        Limit(check, fm.Translators.Select(t => t.At).ToList(), ContentLimits.TranslatorsPerArticle, "translators");
        Limit(check, fm.Authors.Select(a => a.At).ToList(), ContentLimits.AuthorsPerArticle, "reporters ('author')");
        Limit(check, fm.Places.Select(p => p.At).ToList(), ContentLimits.PlacesPerArticle, "places");
        Limit(check, fm.Corrections.Select(c => c.At).ToList(), ContentLimits.CorrectionsPerArticle, "corrections");
    }

    private static void Limit(ArticleCheck check, IReadOnlyList<SourceLocation> items, int limit, string what)
    {
        if (items.Count <= limit) return;
        check.Error(items[limit], $"an article may list at most {limit} {what}; this one lists {items.Count} " +
            $"(this is number {limit + 1}); docs/OPERATIONS.md lists the limits");
    }
}
