using StaticSite.Diagnostics;

namespace StaticSite.Content;

/// <summary>An article's front matter as typed values with positions; nothing here is checked against the rest of the
/// site yet.</summary>
internal sealed record FrontMatter
{
    /// <summary>Where the front matter starts, for "missing field" messages.</summary>
    public required SourceLocation At { get; init; }

    public Located<string>? Title { get; init; }
    public Located<ContentDate>? Date { get; init; }
    public Located<ContentDate>? Updated { get; init; }
    public Located<string>? Language { get; init; }
    public Located<string>? Slug { get; init; }
    public Located<string>? Summary { get; init; }
    public IReadOnlyList<Located<string>> Authors { get; init; } = [];
    public IReadOnlyList<Located<string>> Translators { get; init; } = [];
    public SourceReference? Source { get; init; }
    public IReadOnlyList<Located<string>> Topics { get; init; } = [];
    public SourceLocation TopicsAt { get; init; }
    public IReadOnlyList<Located<string>> Places { get; init; } = [];
    public ImageReference? Image { get; init; }
    public Located<string>? TranslationKey { get; init; }
    public IReadOnlyList<CorrectionEntry> Corrections { get; init; } = [];
    public bool Draft { get; init; }

    /// <summary>Earlier site paths of the article (<c>aliases:</c>), each redirected to its page.</summary>
    public IReadOnlyList<Located<string>> Aliases { get; init; } = [];

    /// <summary>The <c>withdrawn:</c> block, or null when the article stands.</summary>
    public WithdrawalEntry? Withdrawn { get; init; }
    /// <summary>The instant before which nothing of the article may be published, or null.</summary>
    public Located<ContentDate>? Embargo { get; init; }

    /// <summary>The top-level keys whose value was already reported as invalid, so they are not also reported as
    /// missing.</summary>
    public IReadOnlySet<string> Rejected { get; init; } = new HashSet<string>();

    /// <summary>The mark in <see cref="Rejected"/> of front matter that could not be read at all (a YAML syntax error):
    /// the file is not validated, only its body is checked.</summary>
    public const string Unreadable = "\n(front matter)";

    /// <summary>The front matter of a file whose YAML could not be read, at <paramref name="at"/>.</summary>
    public static FrontMatter UnreadableAt(SourceLocation at) =>
        new() { At = at, Rejected = new HashSet<string>(StringComparer.Ordinal) { Unreadable } };

    /// <summary>Every top-level field name the content model defines.</summary>
    public static readonly string[] FieldNames =
    [
        "title", "date", "updated", "language", "slug", "summary", "author", "translators", "source",
        "topics", "places", "image", "translation_key", "corrections", "draft", "aliases", "withdrawn",
        "embargo",
    ];

    /// <summary>The field names of the <c>source:</c> block.</summary>
    public static readonly string[] SourceFieldNames =
        ["publication", "url", "title", "language", "published", "archived"];

    /// <summary>The field names of the <c>source.archived:</c> block.</summary>
    public static readonly string[] ArchivedFieldNames = ["url", "date"];

    /// <summary>The field names of the <c>image:</c> block.</summary>
    public static readonly string[] ImageFieldNames = ["src", "alt", "caption", "credit"];

    /// <summary>The field names of each item of <c>corrections:</c>.</summary>
    public static readonly string[] CorrectionFieldNames = ["date", "text"];

    /// <summary>The field names of the <c>withdrawn:</c> block.</summary>
    public static readonly string[] WithdrawnFieldNames = ["date", "reason"];
}
