namespace StaticSite.Rendering.Models;

/// <summary>A dated correction note.</summary>
internal sealed record CorrectionModel(DateModel Date, string Text);
