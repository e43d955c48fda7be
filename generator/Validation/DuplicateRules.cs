using StaticSite.Content;
using StaticSite.Diagnostics;

namespace StaticSite.Validation;

/// <summary>What must be unique across articles: a slug within a language, and one version of a report per
/// language.</summary>
internal static class DuplicateRules
{
    /// <summary>Reports every article whose slug an earlier file (in path order) already uses; returns those articles,
    /// which are not published.</summary>
    public static HashSet<Article> Slugs(
        IReadOnlyList<Article> valid, IReadOnlyList<ArticleFile> files, bool multilingual, DiagnosticBag diagnostics)
    {
        var byFile = files.ToDictionary(f => f.DisplayPath, StringComparer.Ordinal);
        var duplicates = new HashSet<Article>(ReferenceEqualityComparer.Instance);
        var groups = valid.GroupBy(a => multilingual ? a.Language + "/" + a.Slug : a.Slug, StringComparer.Ordinal)
            .Where(g => g.Count() > 1);
        foreach (var group in groups)
        {
            var ordered = group.OrderBy(a => a.DisplayPath, StringComparer.Ordinal).ToList();
            var first = SlugAt(byFile[ordered[0].DisplayPath]);
            foreach (var later in ordered.Skip(1))
            {
                var at = SlugAt(byFile[later.DisplayPath]);
                diagnostics.Error(at, $"duplicate slug '{later.Slug}': {ordered[0].DisplayPath} already uses it " +
                    $"(at {first}; set a different 'slug:' in one of them)");
                diagnostics.Error(first, $"duplicate slug '{later.Slug}': {later.DisplayPath} uses it too (at {at}; " +
                    $"set a different 'slug:' in one of them)");
                duplicates.Add(later);
            }
        }

        return duplicates;
    }

    /// <summary>Where a file's slug is decided: its <c>slug:</c>, else its title (the slug comes from the file
    /// name).</summary>
    private static SourceLocation SlugAt(ArticleFile file) =>
        file.FrontMatter.Slug?.At ?? file.FrontMatter.Title?.At ?? file.FrontMatter.At;

    /// <summary>Reports every article whose <c>translation_key</c> already has a version in its language.</summary>
    public static void Translations(
        IReadOnlyList<Article> valid, IReadOnlyList<ArticleFile> files, DiagnosticBag diagnostics)
    {
        var byFile = files.ToDictionary(f => f.DisplayPath, StringComparer.Ordinal);
        var groups = valid.Where(a => a.TranslationKey is not null).GroupBy(a => (Key: a.TranslationKey!, a.Language))
            .Where(g => g.Count() > 1);
        foreach (var group in groups)
        {
            var ordered = group.OrderBy(a => a.DisplayPath, StringComparer.Ordinal).ToList();
            foreach (var later in ordered.Skip(1))
            {
                var fm = byFile[later.DisplayPath].FrontMatter;
                diagnostics.Error(fm.TranslationKey?.At ?? fm.At,
                    $"translation_key '{group.Key.Key}' already has a version in '{group.Key.Language}': " +
                        $"{ordered[0].DisplayPath} (each language may have one version of a report)");
            }
        }
    }
}
