using StaticSite.Content;


namespace StaticSite.Validation;

/// <summary>The dates of an article: each correction has a date and a text; warnings when <c>updated</c> is before
/// <c>date</c> or the translation is dated before its original.</summary>
internal static class DateRules
{
    /// <summary>Checks the dates; returns the corrections, oldest first.</summary>
    public static IReadOnlyList<Correction> Check(ArticleCheck check)
    {
        var fm = check.FrontMatter;
        var corrections = new List<Correction>();
        foreach (var c in fm.Corrections)
        {
            if (c.Date is null || c.Text is null) check.Error(c.At, "a correction needs both 'date' and 'text'");
            else corrections.Add(new Correction(c.Date.Value.Value, c.Text.Value.Value));
        }

        if (fm.Updated is { } updated && fm.Date is { } date && updated.Value.CompareTo(date.Value) < 0)
        {
            check.Warning(updated.At, $"'updated' ({updated.Value.IsoDate}) is before 'date' ({date.Value.IsoDate})");
        }

        if (fm.Source?.Published is { } published && fm.Date is { } translated
            && translated.Value.CompareTo(published.Value) < 0)
        {
            check.Warning(translated.At, $"the translation is dated {translated.Value.IsoDate}, before its original " +
                $"({published.Value.IsoDate})");
        }

        return corrections.OrderBy(c => c.Date).ToList();
    }
}
