using StaticSite.Content;
using StaticSite.Content.Files;
using StaticSite.Diagnostics;
using StaticSite.Feeds;
using StaticSite.Incremental;
using StaticSite.Indexing;
using StaticSite.Media;
using StaticSite.Output;
using StaticSite.Rendering;
using StaticSite.Search;

namespace StaticSite.Pipeline;

/// <summary>The write step: the files beside the pages — the sitemap, the feeds and the search index (made side by
/// side), <c>robots.txt</c>, <c>_headers</c>, the template assets, the media files (photographs as their variants, never
/// as they are) and the social cards.</summary>
internal static class SiteFiles
{
    /// <summary>What the write step needs to publish pictures: the cache of encoded images, the font cards are drawn
    /// with (null: none was found), and where a picture that cannot be made is reported.</summary>
    public sealed record Pictures(VariantCache Cache, CardFont? Font, DiagnosticBag Diagnostics);

    /// <summary>What the write step needs to build the search index: the articles' stored terms, the records of the
    /// previous build's files (null when the build remembers nothing), from which unchanged articles' fragments are
    /// taken over, and what to call once every article is weighed (see <see cref="BuildState.TermsWeighed"/>).</summary>
    public sealed record Search(SearchTermStore Terms, PageRecords? Records, Action Weighed);

    /// <summary>Adds every site file of <paramref name="all"/> to <paramref name="output"/> and waits until staged
    /// files are written.</summary>
    public static void Write(SiteIndexSet all, SitePlan plan, TemplateSet templates, IFileTree content,
        OutputSet output, Search search, Pictures pictures, PageRenderer renderer)
    {
        var root = all.Default;
        output.Flush();
        Parallel.Invoke(
            () =>
            {
                var jobs = MediaJobs.Images(root.Images.Catalog, content)
                    .Concat(CardJobs.Of(all, templates, content, pictures.Font)).ToList();
                MediaPublisher.Publish(jobs, output, pictures.Cache, pictures.Diagnostics);
            },
            () =>
            {
                var entries = plan.Pages.Where(p => p.InSitemap)
                    .Select(p => new SitemapEntry(root.Urls.Absolute(p.SitePath), p.LastModified,
                    p.Alternates.Select(a => (a.Code, a.AbsoluteUrl)).ToList())).ToList();
                foreach (var (sitePath, text) in SitemapWriter.Files(entries, root.Urls.Absolute))
                {
                    output.AddText(UrlMap.OutputFile(sitePath), text);
                }
            },
            () =>
            {
                foreach (var index in all.Languages) WriteFeeds(index, plan, templates, output, renderer);
            },
            () =>
            {
                WriteSearchIndex(all, templates, search, output);
            });
        output.AddText("robots.txt", RobotsFile.For(root.Urls, root.Site.NewsSitemap));
        if (root.Site.NewsSitemap) output.AddText(UrlMap.OutputFile(UrlMap.NewsSitemap()), NewsSitemapWriter.Write(all));
        foreach (var (asset, outputPath) in plan.Assets.Files)
        {
            output.AddCopy(outputPath, () => templates.Tree.ReadBytes(asset));
        }

        output.AddText("_headers", SecurityHeaders.For(root.RootUrls.BasePath,
            plan.Assets.Files.Where(f => f.OutputPath != f.Asset).Select(f => f.OutputPath)));
        foreach (var media in root.Media.Where(m => !ImageFiles.IsRaster(m)))
        {
            output.AddCopy(media, () => content.ReadBytes(media));
        }

        output.Flush();
    }

    /// <summary>The feeds of one language, each entry with its body as its page shows it: read back from the page
    /// (rendered in this build or reused from the last), or rendered again when the page does not say where it
    /// is.</summary>
    private static void WriteFeeds(SiteIndex index, SitePlan plan, TemplateSet templates, OutputSet output,
        PageRenderer renderer)
    {
        var models = new PageModelFactory(index, null, templates.Strings);
        FeedSet.Write(index, FeedSet.Plan(index, models.FeedTitle), article =>
        {
            var page = UrlMap.OutputFile(index.Urls.Prefix + UrlMap.Article(article.Slug));
            return output.Bodies.Read(output, page)
                ?? (output.Contains(page) ? renderer.BodyFromMarkdown(article, plan.Links) : null);
        }, output);
    }

    /// <summary>The search index of every language: first every language's fragments (which weigh the articles), then
    /// every language's shards, so the store's records can be let go in between.</summary>
    private static void WriteSearchIndex(SiteIndexSet all, TemplateSet templates, Search search, OutputSet output)
    {
        var builder = new SearchIndexBuilder(search.Terms);
        var weighed = all.Languages.Select(index =>
        {
            var dates = new PageModelFactory(index, null, templates.Strings);
            var folder = UrlMap.OutputFile(index.Urls.Prefix + UrlMap.Search())[..^"index.html".Length];
            var previous = search.Records is { } records ? new PreviousSearchFiles(records, output, folder) : null;
            return (Folder: folder, Weighed: builder.WriteFragments(index, d => dates.Date(d).Display,
                (name, bytes) => output.AddBytes(folder + name, bytes), previous));
        }).ToList();
        search.Weighed();
        foreach (var (folder, language) in weighed)
        {
            builder.WriteShards(language, (name, bytes) => output.AddBytes(folder + name, bytes));
        }
    }
}
