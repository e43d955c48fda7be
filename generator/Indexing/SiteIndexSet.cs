using StaticSite.Content;
using StaticSite.Media;

namespace StaticSite.Indexing;

/// <summary>The index of every language of the site (the default language first) and the versions of each report across
/// languages.</summary>
internal sealed record SiteIndexSet(
    IReadOnlyList<SiteIndex> Languages, IReadOnlyDictionary<string, IReadOnlyList<Article>> Translations)
{
    /// <summary>The default language's index, whose pages are at the site root.</summary>
    public SiteIndex Default => Languages[0];

    /// <summary>The index an article's page belongs to.</summary>
    public SiteIndex IndexOf(Article article) => Languages.FirstOrDefault(l => l.Language == article.Language)
        ?? Default;

    /// <summary>The other-language versions of an article (same <c>translation_key</c>), in site language
    /// order.</summary>
    public IReadOnlyList<Article> OtherVersions(Article article) =>
        article.TranslationKey is { } key && Translations.TryGetValue(key, out var versions)
            ? versions.Where(v => !ReferenceEquals(v, article)).ToList()
            : [];

    /// <summary>This set with <paramref name="images"/> in every language's index.</summary>
    public SiteIndexSet With(SiteMedia images) =>
        this with { Languages = Languages.Select(l => l with { Images = images }).ToList() };

    /// <summary>A set of one language, for sites and tests that index everything together.</summary>
    public static SiteIndexSet Single(SiteIndex index) =>
        new([index], new Dictionary<string, IReadOnlyList<Article>>());
}
