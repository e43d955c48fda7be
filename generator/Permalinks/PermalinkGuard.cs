using StaticSite.Content;
using StaticSite.Diagnostics;
using StaticSite.Incremental;
using StaticSite.Indexing;
using StaticSite.Rendering;

namespace StaticSite.Permalinks;

/// <summary>The permalink guard: an address the last build published (an article's page, a withdrawn article's notice,
/// an alias) must still be answered by this build, unless <c>removed:</c> in site.yml lets it go; otherwise it is an
/// error naming the article that lived there and the <c>aliases:</c> line that keeps it (a warning with
/// <c>--allow-removed</c>).</summary>
internal static class PermalinkGuard
{
    /// <summary>What the guard needs of this build: its plan and redirects, the moment that decides what is published,
    /// how content files are shown, and which of them have errors (their articles are missing for that
    /// reason).</summary>
    public sealed record Build(SiteIndexSet All, SitePlan Plan, IReadOnlyList<Redirect> Redirects,
        DateTimeOffset Now, Func<string, string> Display, IReadOnlySet<string> FilesWithErrors);

    /// <summary>The permalinks this build publishes: every article's page (drafts and future-dated articles aside,
    /// which a later build may leave out), every withdrawn article's notice and every alias.</summary>
    public static IReadOnlyList<PublishedUrl> Current(Build build)
    {
        var urls = new List<PublishedUrl>();
        foreach (var index in build.All.Languages)
        {
            foreach (var article in index.Articles.Concat(index.Withdrawn)
                .Where(a => !a.Draft && a.Date.Value <= build.Now))
            {
                urls.Add(new PublishedUrl(index.Urls.Prefix + UrlMap.Article(article.Slug), article.RelativePath,
                    article.Title));
            }
        }

        urls.AddRange(build.Redirects.Where(r => !r.Article.Draft && r.Article.Date.Value <= build.Now)
            .Select(r => new PublishedUrl(r.SitePath, r.Article.RelativePath, r.Article.Title)));
        return urls;
    }

    /// <summary>Compares <paramref name="previous"/> with <paramref name="build"/>: each address that is gone is
    /// reported (as a warning when <paramref name="allowRemoved"/>); returns how many are gone.</summary>
    public static int Compare(IReadOnlyList<PublishedUrl> previous, Build build, SiteConfig site, bool allowRemoved,
        DiagnosticBag diagnostics)
    {
        var answered = new HashSet<string>(build.Plan.Pages.Select(p => UrlMap.OutputFile(p.SitePath)),
            StringComparer.Ordinal);
        answered.UnionWith(build.Redirects.Select(r => UrlMap.OutputFile(r.SitePath)));
        var removed = site.Removed.Select(UrlMap.OutputFile).ToHashSet(StringComparer.Ordinal);
        var articles = build.All.Languages.SelectMany(l => l.Articles.Concat(l.Withdrawn)).ToList();
        var gone = 0;
        foreach (var url in previous.OrderBy(u => u.Path, StringComparer.Ordinal))
        {
            var file = UrlMap.OutputFile(url.Path);
            if (answered.Contains(file) || removed.Contains(file)) continue;
            if (build.FilesWithErrors.Contains(build.Display(url.File))) continue;
            gone++;
            var successor = articles.FirstOrDefault(a => a.RelativePath == url.File)
                ?? articles.FirstOrDefault(a => a.Title == url.Title);
            var accept = allowRemoved ? "; accepted once with --allow-removed"
                : " (or list it under 'removed:' in site.yml, or build once with --allow-removed)";
            if (successor is not null)
            {
                Report(diagnostics, allowRemoved, SourceLocation.FileOnly(successor.DisplayPath),
                    $"the last build published this article at {url.Path}, and this build would lose that address: " +
                    $"add 'aliases: [{url.Path}]' to redirect it here{accept}");
            }
            else
            {
                Report(diagnostics, allowRemoved, SourceLocation.FileOnly(build.Display("site.yml")),
                    $"the last build published “{url.Title}” ({build.Display(url.File)}) at {url.Path}, and this " +
                    $"build would lose that address: add 'aliases: [{url.Path}]' to the article that replaces it" +
                    accept);
            }
        }

        return gone;
    }

    private static void Report(DiagnosticBag diagnostics, bool warn, SourceLocation at, string message)
    {
        if (warn) diagnostics.Warning(at, message);
        else diagnostics.Error(at, message);
    }
}
