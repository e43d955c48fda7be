namespace StaticSite.Rendering.Models;

/// <summary>A dated correction note.</summary>
/// <param name="Date">When the correction was made.</param>
/// <param name="Text">What was corrected.</param>
internal sealed record CorrectionModel(DateModel Date, string Text);
