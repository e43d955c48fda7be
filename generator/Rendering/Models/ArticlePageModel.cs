namespace StaticSite.Rendering.Models;

/// <summary>Everything an article page shows, from headline and provenance to related reports.</summary>
internal sealed record ArticlePageModel : PageModel
{
    public required string Language { get; init; }
    public required string Summary { get; init; }

    /// <summary>The summary the contributor wrote, shown under the headline; null when the summary is only the first
    /// paragraph (which the body already shows).</summary>
    public string? Standfirst { get; init; }
    public required IReadOnlyList<string> Authors { get; init; }
    public required IReadOnlyList<LinkModel> Translators { get; init; }
    public required DateModel Date { get; init; }
    public DateModel? Updated { get; init; }
    public required ProvenanceModel Provenance { get; init; }
    public ImageModel? Image { get; init; }
    public required SafeHtml Body { get; init; }
    public required IReadOnlyList<LinkModel> Topics { get; init; }
    public required IReadOnlyList<string> Places { get; init; }
    public required IReadOnlyList<CorrectionModel> Corrections { get; init; }
    public required IReadOnlyList<ArticleCardModel> Related { get; init; }
    /// <summary>This report in every language it exists in (this page included), empty when there is only one
    /// version.</summary>
    public IReadOnlyList<LanguageLinkModel> Translations { get; init; } = [];

    public LinkModel? Older { get; init; }
    public LinkModel? Newer { get; init; }

    /// <inheritdoc />
    public override string Kind => "article";
}
