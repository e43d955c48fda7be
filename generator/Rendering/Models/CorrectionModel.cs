namespace StaticSite.Rendering.Models;

/// <summary>A dated correction note.</summary>
public sealed record CorrectionModel(DateModel Date, string Text);
