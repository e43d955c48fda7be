namespace StaticSite.Rendering.Models;

/// <summary>An article as list pages show it: title, date, summary, source, translators and topics.</summary>
internal sealed record ArticleCardModel(
    string Title,
    string Url,
    DateModel Date,
    string Summary,
    LinkModel Source,
    IReadOnlyList<LinkModel> Translators,
    IReadOnlyList<LinkModel> Topics,
    string Language);
