using StaticSite.Content;

namespace StaticSite.Feeds;

/// <summary>One feed of a language of the site (its Atom path, relative to the language folder, with the JSON Feed
/// beside it): its title, the page it stands for, its entries newest first, and, in the site feed's chain of RFC 5005
/// archive documents, its neighbours.</summary>
internal sealed record FeedDocument(string Path, string Title, string PagePath, IReadOnlyList<Article> Articles)
{
    /// <summary>Whether this is a complete archive document (every article of one month that is over), which changes
    /// only when one of its articles does.</summary>
    public bool IsArchive { get; init; }

    /// <summary>The Atom path of the archive document just older than this one, or null.</summary>
    public string? PrevArchive { get; init; }

    /// <summary>The Atom path of the archive document just newer than this one, or null (the newest archive's next
    /// document is the site feed).</summary>
    public string? NextArchive { get; init; }
}
