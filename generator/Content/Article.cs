using StaticSite.Diagnostics;

namespace StaticSite.Content;

/// <summary>A validated article: every required field present, every key resolved, ready to index and render.</summary>
internal sealed record Article
{
    public required string RelativePath { get; init; }
    public required string DisplayPath { get; init; }
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required ContentDate Date { get; init; }
    public ContentDate? Updated { get; init; }
    public required string Language { get; init; }
    public required string Summary { get; init; }

    /// <summary>Whether the summary was written in the front matter rather than taken from the first
    /// paragraph.</summary>
    public bool SummaryIsExplicit { get; init; }
    public required IReadOnlyList<string> Authors { get; init; }
    public required IReadOnlyList<string> Translators { get; init; }
    public required SourceInfo Publication { get; init; }
    public string? OriginalUrl { get; init; }
    public string? OriginalTitle { get; init; }
    public required string OriginalLanguage { get; init; }
    public ContentDate? OriginalPublished { get; init; }
    public required IReadOnlyList<TopicInfo> Topics { get; init; }
    public required IReadOnlyList<string> Places { get; init; }
    public ArticleImage? Image { get; init; }
    public string? TranslationKey { get; init; }
    public required IReadOnlyList<Correction> Corrections { get; init; }
    public bool Draft { get; init; }

    /// <summary>The article's earlier site paths (<c>aliases:</c>), normalized, each where it was written.</summary>
    public IReadOnlyList<Located<string>> Aliases { get; init; } = [];

    /// <summary>When and why the article was withdrawn, or null when it stands.</summary>
    public Withdrawal? Withdrawn { get; init; }

    /// <summary>The Markdown body.</summary>
    public required MarkdownBody Body { get; init; }

    /// <summary>The SHA-256 of the article's whole file: pages that show the article are fingerprinted with it instead
    /// of with every field.</summary>
    public byte[] FileHash { get; init; } = [];

    /// <summary>The file line the body starts on, so Markdown positions can be reported against the file.</summary>
    public required int BodyLine { get; init; }

    /// <summary>A snapshot of the original (Robust Links), or null.</summary>
    public ArchivedCopy? Archived { get; init; }

    /// <summary>The instant before which nothing of the article is published, or null.</summary>
    public ContentDate? Embargo { get; init; }

    /// <summary>The commits that changed the article's file, newest first (empty without git history).</summary>
    public IReadOnlyList<Revision> Revisions { get; init; } = [];

    /// <summary>When the git history last changed the article substantively after it was published (not its first
    /// commit, not a <c>[minor]</c> one), or null.</summary>
    public ContentDate? Revised { get; init; }

    /// <summary>The date that says when the article last changed: <see cref="Updated"/> when given, else <see
    /// cref="Revised"/>, else <see cref="Date"/>.</summary>
    public ContentDate LastChanged => (Updated ?? Revised) is { } u && u.CompareTo(Date) > 0 ? u : Date;
}
