namespace StaticSite.Rendering.Models;

/// <summary>The page listing all sources, topics, translators, reporters or places.</summary>
internal sealed record DirectoryPageModel : ListingPageModel
{
    /// <summary><c>sources</c>, <c>topics</c>, <c>translators</c>, <c>reporters</c> or <c>places</c>.</summary>
    public required string DirectoryKind { get; init; }
    /// <summary>One row per source, topic, translator, reporter or place.</summary>
    public required IReadOnlyList<DirectoryEntryModel> Entries { get; init; }

    /// <inheritdoc />
    public override string Kind => DirectoryKind;
}
