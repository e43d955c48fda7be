using StaticSite.Diagnostics;
using StaticSite.Indexing;
using StaticSite.Rendering;

namespace StaticSite.Permalinks;

/// <summary>The redirect step: every alias of every article becomes a redirect to the article, unless another page,
/// file or alias already has that address, which is an error at the alias's line.</summary>
internal static class RedirectPlanner
{
    /// <summary>The redirects of <paramref name="all"/>, by address; an alias colliding with a page of <paramref
    /// name="plan"/> (or a file beside them) or with an alias of an earlier file (in path order) is reported.</summary>
    public static IReadOnlyList<Redirect> Plan(SiteIndexSet all, SitePlan plan, DiagnosticBag diagnostics)
    {
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in plan.Links.SitePaths) taken.TryAdd(UrlMap.OutputFile(path), path);
        var claimed = new Dictionary<string, Redirect>(StringComparer.Ordinal);
        var articles = all.Languages
            .SelectMany(index => index.Articles.Concat(index.Withdrawn).Select(article => (index, article)))
            .Where(p => p.article.Aliases.Count > 0)
            .OrderBy(p => p.article.DisplayPath, StringComparer.Ordinal);
        foreach (var (index, article) in articles)
        {
            foreach (var alias in article.Aliases)
            {
                var file = UrlMap.OutputFile(alias.Value);
                if (taken.TryGetValue(file, out var page))
                {
                    diagnostics.Error(alias.At, $"alias '{alias.Value}' is the address of {Describe(page)}; an alias " +
                        "must be an address no page of the site uses");
                }
                else if (claimed.TryGetValue(file, out var other))
                {
                    diagnostics.Error(alias.At, $"alias '{alias.Value}' is already an alias of " +
                        $"{other.Article.DisplayPath}; an old address can lead to one article only");
                }
                else
                {
                    claimed[file] = new Redirect(alias.Value, index.Urls.Prefix + UrlMap.Article(article.Slug),
                        article);
                }
            }
        }

        return claimed.Values.OrderBy(r => r.SitePath, StringComparer.Ordinal).ToList();
    }

    private static string Describe(string path) =>
        path.StartsWith("/articles/", StringComparison.Ordinal) || path.Contains("/articles/", StringComparison.Ordinal)
            ? $"the article page {path}" : $"the page {path}";
}
