namespace StaticSite.Rendering.Models;

/// <summary>One line of an article's history: a commit that changed it, or a correction.</summary>
/// <param name="Date">When.</param>
/// <param name="Text">The commit's subject, or what was corrected.</param>
/// <param name="Url">The commit on the repository's website, or null.</param>
/// <param name="IsCorrection">Whether this is a correction (from <c>corrections:</c>) rather than a commit.</param>
/// <param name="Id">The anchor of a correction (<c>correction-1</c>), or null.</param>
internal sealed record RevisionModel(DateModel Date, string Text, string? Url, bool IsCorrection, string? Id);
