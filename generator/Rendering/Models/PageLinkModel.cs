namespace StaticSite.Rendering.Models;

/// <summary>One numbered link of a pagination bar.</summary>
public sealed record PageLinkModel(int Number, string Url, bool IsCurrent);
