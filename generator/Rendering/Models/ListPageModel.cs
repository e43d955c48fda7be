namespace StaticSite.Rendering.Models;

/// <summary>A paginated list of articles: the home page, a source, a topic or a translator.</summary>
internal sealed record ListPageModel : ListingPageModel
{
    public required string ListKind { get; init; }
    public required IReadOnlyList<ArticleCardModel> Articles { get; init; }
    public required int TotalArticles { get; init; }
    public required PaginationModel Pagination { get; init; }

    /// <summary>The source's own website, on source pages.</summary>
    public string? Homepage { get; init; }

    /// <summary>The language a source publishes in, on source pages.</summary>
    public string? LanguageName { get; init; }

    /// <inheritdoc />
    public override string Kind => ListKind;
}
