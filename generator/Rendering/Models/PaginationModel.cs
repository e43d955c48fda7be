namespace StaticSite.Rendering.Models;

/// <summary>Where a list page sits among its pages, with links to the neighbours and a short numbered window.</summary>
internal sealed record PaginationModel(
    int Current, int Total, string? PreviousUrl, string? NextUrl, IReadOnlyList<PageLinkModel> Pages);
