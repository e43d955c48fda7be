namespace StaticSite.Rendering.Models;

/// <summary>A page of the corrections log: every correction of the site, newest first.</summary>
internal sealed record CorrectionsPageModel : ListingPageModel
{
    /// <summary>The corrections on this page, newest first.</summary>
    public required IReadOnlyList<CorrectionEntryModel> Entries { get; init; }
    /// <summary>How many corrections the whole log has.</summary>
    public required int TotalCorrections { get; init; }
    /// <summary>Where this page sits among the log's pages.</summary>
    public required PaginationModel Pagination { get; init; }

    /// <inheritdoc />
    public override string Kind => "corrections";
}
