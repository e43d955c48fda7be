namespace StaticSite.Rendering.Models;

/// <summary>The page listing all sources, topics or translators.</summary>
internal sealed record DirectoryPageModel : ListingPageModel
{
    /// <summary><c>sources</c>, <c>topics</c> or <c>translators</c>.</summary>
    public required string DirectoryKind { get; init; }
    /// <summary>One row per source, topic or translator.</summary>
    public required IReadOnlyList<DirectoryEntryModel> Entries { get; init; }

    /// <inheritdoc />
    public override string Kind => DirectoryKind;
}
