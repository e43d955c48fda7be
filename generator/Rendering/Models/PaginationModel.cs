namespace StaticSite.Rendering.Models;

/// <summary>Where a list page sits among its pages, with links to the neighbours and a short numbered window.</summary>
/// <param name="Current">The number of this page, from 1.</param>
/// <param name="Total">How many pages the list has.</param>
/// <param name="PreviousUrl">The previous page, or null on the first.</param>
/// <param name="NextUrl">The next page, or null on the last.</param>
/// <param name="Pages">The numbered links to show: the first, the last and two on each side of this page; empty when
/// there is one page.</param>
internal sealed record PaginationModel(
    int Current, int Total, string? PreviousUrl, string? NextUrl, IReadOnlyList<PageLinkModel> Pages);
