using StaticSite.Checks;
using StaticSite.Content.Files;
using StaticSite.Diagnostics;
using StaticSite.Incremental;
using StaticSite.Indexing;
using StaticSite.Output;
using StaticSite.Permalinks;
using StaticSite.Rendering;

namespace StaticSite.Pipeline;

/// <summary>The build's permalink steps: the redirect pages and <c>_redirects</c> for aliases, the guard that compares
/// this build's addresses with those the last one published, and the record the next build compares with.</summary>
internal static class PermalinkSteps
{
    /// <summary>Adds a redirect page per alias (with the site's icon from <paramref name="assets"/>, so a browser does
    /// not ask the host for <c>/favicon.ico</c>) and, when there is any, the <c>_redirects</c> file.</summary>
    public static void WriteRedirects(IReadOnlyList<Redirect> redirects, SiteIndexSet all, TemplateSet templates,
        AssetManifest assets, OutputSet output)
    {
        if (redirects.Count == 0) return;
        var root = all.Default;
        var icon = assets.Files.Any(f => f.Asset == Icon) ? root.RootUrls.Href("/" + assets.OutputPath(Icon)) : null;
        foreach (var redirect in redirects)
        {
            var language = redirect.Article.Language;
            var title = templates.Strings.Get(language, root.Site.Language, "moved_title",
                ("title", redirect.Article.Title));
            var moved = templates.Strings.Get(language, root.Site.Language, "moved_text");
            output.AddText(UrlMap.OutputFile(redirect.SitePath),
                RedirectFiles.Page(redirect, root.RootUrls, title, moved, icon));
        }

        output.AddText(UrlMap.OutputFile(UrlMap.Redirects()), RedirectFiles.Rules(redirects, root.RootUrls));
    }

    private const string Icon = "assets/favicon.svg";

    /// <summary>Where the output audit accepts a refresh: on the redirect pages only.</summary>
    public static RefreshPolicy Refresh(IReadOnlyList<Redirect> redirects, SiteIndexSet all) =>
        new(redirects.Select(r => UrlMap.OutputFile(r.SitePath)).ToHashSet(StringComparer.Ordinal),
            all.Default.RootUrls.Absolute("/"));

    /// <summary>Compares this build's permalinks with the record at <paramref name="record"/> (errors, or warnings
    /// with <paramref name="allowRemoved"/>, for each lost one); the note says when there was no record.</summary>
    public static PermalinkCheck Guard(PermalinkGuard.Build build, string record, bool allowRemoved,
        DiagnosticBag diagnostics)
    {
        var current = PermalinkGuard.Current(build);
        var previous = PublishedUrls.Read(record);
        if (previous is null)
        {
            return new PermalinkCheck(current, $"permalink guard: no record of earlier addresses ({record}), so " +
                "nothing was compared; this build's addresses are recorded there when it publishes");
        }

        PermalinkGuard.Compare(previous, build, build.All.Default.Site, allowRemoved, diagnostics);
        return new PermalinkCheck(current, null);
    }

    /// <summary>What the guard needs of this build.</summary>
    public static PermalinkGuard.Build Facts(SiteIndexSet all, SitePlan plan, IReadOnlyList<Redirect> redirects,
        DateTimeOffset now, IFileTree content, DiagnosticBag diagnostics) =>
        new(all, plan, redirects, now, content.DisplayPath, diagnostics.Sorted()
            .Where(d => d.Severity == Severity.Error).Select(d => d.Location.Path).ToHashSet(StringComparer.Ordinal));
}
