namespace StaticSite.Rendering.Models;

/// <summary>The archive page: every year and month that has articles, with counts.</summary>
internal sealed record ArchivePageModel : ListingPageModel
{
    /// <summary>The years, newest first.</summary>
    public required IReadOnlyList<ArchiveYearModel> Years { get; init; }

    /// <summary>How many articles the archive holds.</summary>
    public required int TotalArticles { get; init; }

    /// <inheritdoc />
    public override string Kind => "archive";
}
