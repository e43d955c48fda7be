namespace StaticSite.Content;

/// <summary>Why and when a published article was withdrawn: its address keeps a notice saying so instead of the
/// report.</summary>
internal sealed record Withdrawal(ContentDate Date, string Reason);
