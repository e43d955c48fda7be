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
        if (fm.Updated is { } updated && fm.Date is { } date && updated.Value.CompareTo(date.Value) < 0)
        {
            check.Warning(updated.At, $"'updated' ({updated.Value.IsoDate}) is before 'date' ({date.Value.IsoDate})");
        }

        if (fm.Source?.Published is { } published && fm.Date is { } translated
            && translated.Value.CompareTo(published.Value) < 0)
        {
            check.Warning(translated.At,
                $"the translation is dated {translated.Value.IsoDate}, before its original ({published.Value.IsoDate})");
        }

        return fm.Corrections.Select(c => Correction(check, c)).OfType<Correction>().OrderBy(c => c.Date).ToList();
    }

    private static Correction? Correction(ArticleCheck check, CorrectionEntry entry)
    {
        if (entry.Date is { } date && entry.Text is { } text) return new Correction(date.Value, text.Value);
        check.Error(entry.At, "a correction needs both 'date' and 'text'");
        return null;
    }
}
