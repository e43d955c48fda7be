namespace StaticSite.Rendering.Models;

/// <summary>A paginated list of articles: the home page, a source, a topic, a translator, a reporter, a place, or a
/// year or month of the archive.</summary>
internal sealed record ListPageModel : ListingPageModel
{
    /// <summary><c>home</c>, <c>source</c>, <c>topic</c>, <c>translator</c>, <c>reporter</c>, <c>place</c>,
    /// <c>archive-year</c> or <c>archive-month</c>.</summary>
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

    /// <summary>What the list lies inside: the year of a month, the archive of a year, the region of a place; or
    /// null.</summary>
    public LinkModel? Parent { get; init; }

    /// <summary>The parts of the list, each with its count: the months of a year, the places inside a place; empty on
    /// other lists.</summary>
    public IReadOnlyList<DirectoryEntryModel> Sections { get; init; } = [];

    /// <summary>A short bio of the reporter or translator, from people.yml; null on other lists.</summary>
    public string? Bio { get; init; }

    /// <summary>A link to the reporter or translator elsewhere (<c>same_as</c> in people.yml), or null.</summary>
    public string? SameAs { get; init; }

    /// <inheritdoc />
    public override string Kind => ListKind;
}
