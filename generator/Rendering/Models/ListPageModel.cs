namespace StaticSite.Rendering.Models;

/// <summary>A paginated list of articles: the home page, a source, a topic or a translator.</summary>
internal sealed record ListPageModel : ListingPageModel
{
    /// <summary><c>home</c>, <c>source</c>, <c>topic</c> or <c>translator</c>.</summary>
    public required string ListKind { get; init; }
    /// <summary>The articles on this page, newest first.</summary>
    public required IReadOnlyList<ArticleCardModel> Articles { get; init; }
    /// <summary>How many articles the whole list has.</summary>
    public required int TotalArticles { get; init; }
    /// <summary>Where this page sits among the list's pages.</summary>
    public required PaginationModel Pagination { get; init; }

    /// <summary>The source's own website, on source pages.</summary>
    public string? Homepage { get; init; }

    /// <summary>The language a source publishes in, on source pages.</summary>
    public string? LanguageName { get; init; }

    /// <inheritdoc />
    public override string Kind => ListKind;
}
