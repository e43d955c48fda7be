namespace StaticSite.Import;

/// <summary>A post converted to this site's form: where it goes under <c>articles/</c>, its file text, and the topics
/// (key and title) it uses.</summary>
internal sealed record ImportedArticle(
    string RelativePath, string Text, IReadOnlyList<(string Key, string Title)> Topics);
