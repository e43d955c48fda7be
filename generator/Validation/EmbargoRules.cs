using StaticSite.Content;

namespace StaticSite.Validation;

/// <summary>The <c>embargo:</c> field: an instant (a date with a time and a zone, so it lifts at the same moment
/// everywhere) before which nothing of the article is published.</summary>
internal static class EmbargoRules
{
    /// <summary>Checks the field and returns the embargo, or null when there is none (or it is malformed).</summary>
    public static ContentDate? Check(ArticleCheck check)
    {
        if (check.FrontMatter.Embargo is not { } embargo) return null;
        if (!embargo.Value.HasTime)
        {
            check.Error(embargo.At, $"'embargo' needs a time and a zone, such as {embargo.Value.IsoDate}T09:00:00+09:00 " +
                "(a date alone would lift at a different moment in each time zone)");
            return null;
        }

        if (embargo.Value.Value <= check.Now)
        {
            check.Warning(embargo.At, $"the embargo ({embargo.Value.Rfc3339}) has passed, so the article is " +
                "published; the 'embargo' line can be removed");
        }

        return embargo.Value;
    }
}
