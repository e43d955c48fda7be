namespace StaticSite.Rendering.Models;

/// <summary>One numbered link of a pagination bar.</summary>
internal sealed record PageLinkModel(int Number, string Url, bool IsCurrent);
