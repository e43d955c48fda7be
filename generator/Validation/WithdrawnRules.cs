using StaticSite.Content;

namespace StaticSite.Validation;

/// <summary>The <c>withdrawn:</c> block: a date and a reason, both required, because the notice left at the article's
/// address tells readers when and why.</summary>
internal static class WithdrawnRules
{
    /// <summary>Checks the block; returns the withdrawal, or null when the article stands (or the block is
    /// incomplete, which is an error).</summary>
    public static Withdrawal? Check(ArticleCheck check)
    {
        if (check.FrontMatter.Withdrawn is not { } entry) return null;
        if (entry.Date is { } date && entry.Reason is { Value.Length: > 0 } reason)
        {
            return new Withdrawal(date.Value, reason.Value);
        }

        check.Error(entry.At, "'withdrawn' needs a 'date' and a 'reason' (the notice at the article's address shows " +
            "both)");
        return null;
    }
}
