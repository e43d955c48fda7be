namespace StaticSite.Rendering.Models;

/// <summary>One numbered link of a pagination bar.</summary>
/// <param name="Number">The page number.</param>
/// <param name="Url">Its address.</param>
/// <param name="IsCurrent">Whether it is the page being shown.</param>
internal sealed record PageLinkModel(int Number, string Url, bool IsCurrent);
