namespace StaticSite.Rendering.Models;

/// <summary>Everything an article page shows, from headline and provenance to related reports.</summary>
internal sealed record ArticlePageModel : PageModel
{
    /// <summary>The article's language code.</summary>
    public required string Language { get; init; }
    /// <summary>The summary for previews and feeds, as written or taken from the first paragraph.</summary>
    public required string Summary { get; init; }

    /// <summary>The summary the contributor wrote, shown under the headline; null when the summary is only the first
    /// paragraph (which the body already shows).</summary>
    public string? Standfirst { get; init; }
    /// <summary>The original reporters' names.</summary>
    public required IReadOnlyList<string> Authors { get; init; }
    /// <summary>Each translator's page.</summary>
    public required IReadOnlyList<LinkModel> Translators { get; init; }
    /// <summary>When the translation was published.</summary>
    public required DateModel Date { get; init; }
    /// <summary>When it last changed substantively, or null.</summary>
    public DateModel? Updated { get; init; }
    /// <summary>Where the report came from.</summary>
    public required ProvenanceModel Provenance { get; init; }
    /// <summary>The lead picture, or null.</summary>
    public ImageModel? Image { get; init; }
    /// <summary>The article body.</summary>
    public required SafeHtml Body { get; init; }
    /// <summary>Each topic's page.</summary>
    public required IReadOnlyList<LinkModel> Topics { get; init; }
    /// <summary>The places the report is about.</summary>
    public required IReadOnlyList<string> Places { get; init; }
    /// <summary>The corrections, oldest first.</summary>
    public required IReadOnlyList<CorrectionModel> Corrections { get; init; }
    /// <summary>The article's history, newest first: the commits that changed its file (when the content is in git)
    /// merged with its corrections; empty without git history.</summary>
    public IReadOnlyList<RevisionModel> History { get; init; } = [];

    /// <summary>How many older commits the short history leaves out.</summary>
    public int HistoryHidden { get; init; }

    /// <summary>The site's corrections log.</summary>
    public string CorrectionsLogUrl { get; init; } = "";

    /// <summary>Up to four articles that share its topics.</summary>
    public required IReadOnlyList<ArticleCardModel> Related { get; init; }
    /// <summary>This report in every language it exists in (this page included), empty when there is only one
    /// version.</summary>
    public IReadOnlyList<LanguageLinkModel> Translations { get; init; } = [];

    /// <summary>The next older article, or null.</summary>
    public LinkModel? Older { get; init; }
    /// <summary>The next newer article, or null.</summary>
    public LinkModel? Newer { get; init; }

    /// <summary>Each reporter's page, in the order of <see cref="Authors"/>.</summary>
    public IReadOnlyList<LinkModel> AuthorLinks { get; init; } = [];

    /// <summary>Each place's page, in the order of <see cref="Places"/>.</summary>
    public IReadOnlyList<LinkModel> PlaceLinks { get; init; } = [];

    /// <summary>The archive page of the month the article is dated in.</summary>
    public string? ArchiveUrl { get; init; }

    /// <inheritdoc />
    public override string Kind => "article";
}
