namespace StaticSite.Rendering.Models;

/// <summary>A dated correction note.</summary>
/// <param name="Date">When the correction was made.</param>
/// <param name="Text">What was corrected.</param>
internal sealed record CorrectionModel(DateModel Date, string Text)
{
    /// <summary>The correction's anchor on the page (<c>correction-1</c> for the oldest), which the corrections log
    /// links to.</summary>
    public string Id { get; init; } = "";
}
