namespace StaticSite.Rendering.Models;

/// <summary>A date for a <c>&lt;time&gt;</c> element: what readers see and the machine-readable value.</summary>
internal sealed record DateModel(string Display, string Machine);
