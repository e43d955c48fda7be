using StaticSite.Content;
using StaticSite.Content.Files;
using StaticSite.Diagnostics;

namespace StaticSite.Archiving;

/// <summary>Finds the originals an operator (or a scheduled job) should have archived: every article file with an
/// absolute <c>source.url</c> and no <c>source.archived</c>, drafts, future and embargoed articles included (an
/// original can disappear before the translation is published). Only the front matter is read; nothing goes to the
/// network.</summary>
internal static class OriginalsFinder
{
    /// <summary>The originals without a snapshot, ordered by file and line.</summary>
    public static IReadOnlyList<UnarchivedOriginal> Find(IFileTree content, DiagnosticBag diagnostics)
    {
        var loaded = new ContentLoader().Load(content, diagnostics);
        return loaded.Articles
            .Where(a => a.FrontMatter.Source is { Archived: null, Url: { } url } && UrlRules.IsAbsoluteHttp(url.Value))
            .Select(a =>
            {
                var source = a.FrontMatter.Source!;
                var published = source.Published?.Value ?? a.FrontMatter.Date?.Value;
                return new UnarchivedOriginal(source.Url!.Value.At, source.Url.Value.Value,
                    published is { } p ? DateOnly.FromDateTime(p.Value.Date) : null);
            })
            .OrderBy(o => o.At.Path, StringComparer.Ordinal)
            .ThenBy(o => o.At.Line)
            .ToList();
    }
}
