using System.Text.RegularExpressions;
using StaticSite.Content;

namespace StaticSite.Validation;

/// <summary>The media files to hold back with the embargoed articles: each file of <c>content/media/</c> that an
/// embargoed article shows (its <c>image.src</c> or a <c>/media/…</c> path in its body) and no published article shows,
/// so not even a picture of an embargoed report is published at a guessable address before it lifts.</summary>
internal static partial class EmbargoedMedia
{
    /// <summary>The media paths (as the content folder lists them, <c>media/x.jpg</c>) to leave out of the
    /// output.</summary>
    public static IReadOnlySet<string> Of(IReadOnlyList<Article> embargoed, IReadOnlyList<Article> published,
        IReadOnlyList<string> media)
    {
        var held = new HashSet<string>(StringComparer.Ordinal);
        if (embargoed.Count == 0 || media.Count == 0) return held;
        var files = new HashSet<string>(media, StringComparer.Ordinal);
        foreach (var article in embargoed) held.UnionWith(References(article).Where(files.Contains));
        if (held.Count == 0) return held;
        foreach (var article in published)
        {
            held.ExceptWith(References(article));
            if (held.Count == 0) break;
        }

        return held;
    }

    private static IEnumerable<string> References(Article article)
    {
        if (article.Image?.Src is { } src && UrlRules.IsSiteRelative(src)) yield return src.TrimStart('/');
        string body;
        try
        {
            body = article.Body.Text;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            yield break;
        }

        foreach (Match match in MediaPath().Matches(body)) yield return match.Value;
    }

    [GeneratedRegex(@"(?<=/)media/[A-Za-z0-9._/-]+", RegexOptions.CultureInvariant)]
    private static partial Regex MediaPath();
}
