namespace StaticSite.Rendering.Models;

/// <summary>An article as list pages show it: title, date, summary, source, translators and topics.</summary>
/// <param name="Title">The headline.</param>
/// <param name="Url">The article page's address.</param>
/// <param name="Date">When the translation was published.</param>
/// <param name="Summary">The summary, as written or taken from the first paragraph.</param>
/// <param name="Source">The source publication's page.</param>
/// <param name="Translators">Each translator's page.</param>
/// <param name="Topics">Each topic's page.</param>
/// <param name="Language">The article's language code.</param>
internal sealed record ArticleCardModel(
    string Title,
    string Url,
    DateModel Date,
    string Summary,
    LinkModel Source,
    IReadOnlyList<LinkModel> Translators,
    IReadOnlyList<LinkModel> Topics,
    string Language);
