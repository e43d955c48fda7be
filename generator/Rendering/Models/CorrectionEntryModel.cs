namespace StaticSite.Rendering.Models;

/// <summary>One line of the corrections log: when, to which article, and what was corrected.</summary>
/// <param name="Date">When the correction was made.</param>
/// <param name="Article">The corrected article's page.</param>
/// <param name="Url">The correction on the article's page (its anchor).</param>
/// <param name="Text">What was corrected.</param>
internal sealed record CorrectionEntryModel(DateModel Date, LinkModel Article, string Url, string Text);
