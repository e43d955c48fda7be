namespace StaticSite.Rendering.Models;

/// <summary>The page listing all sources, topics or translators.</summary>
internal sealed record DirectoryPageModel : ListingPageModel
{
    public required string DirectoryKind { get; init; }
    public required IReadOnlyList<DirectoryEntryModel> Entries { get; init; }

    /// <inheritdoc />
    public override string Kind => DirectoryKind;
}
