using Scriban.Syntax;
using StaticSite.Content;
using StaticSite.Linking;
using StaticSite.Output;
using StaticSite.Rendering.Models;
using StaticSite.Validation;

namespace StaticSite.Rendering;

/// <summary>The render stage: makes every page of the URL contract from the index through the templates (in parallel), plus feeds, sitemap, robots, assets and media.</summary>
public sealed class SiteRenderer(TemplateSet templates, MarkdownRenderer markdown)
{
    private sealed record RenderScope(DiagnosticBag Diagnostics, BodyLinkPolicy Links);

    private sealed record PageJob(string SitePath, string Template, Func<RenderScope, PageModel> Model, string? LastModified, bool InSitemap = true)
    {
        /// <summary>The contributor file this page is made from, named when rendering it fails unexpectedly.</summary>
        public string? SourceFile { get; init; }
    }

    /// <summary>Renders the whole site into a new <see cref="OutputSet"/>, in memory or written through to <paramref name="staging"/>.</summary>
    public OutputSet Render(SiteIndex index, IFileTree content, DiagnosticBag diagnostics, StagingArea? staging = null)
    {
        var output = staging is null ? new OutputSet() : new OutputSet(staging);
        var models = new PageModelFactory(index);
        var assets = AssetManifest.Create(templates.Assets, templates.Tree.ReadBytes);
        var site = models.Site(assets);
        var jobs = PlanPages(index, models);

        var sitePaths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var job in jobs) sitePaths.Add(job.SitePath);
        foreach (var path in index.Media.Concat(assets.Files.Select(f => f.OutputPath)))
        {
            sitePaths.Add("/" + path);
        }

        sitePaths.Add(UrlMap.Feed());
        foreach (var s in index.Sources) sitePaths.Add(UrlMap.SourceFeed(s.Key));
        foreach (var t in index.Topics) sitePaths.Add(UrlMap.TopicFeed(t.Key));
        var scope = new RenderScope(diagnostics, new BodyLinkPolicy(index.Urls.BasePath, sitePaths));

        output.Prepare(jobs.Select(j => UrlMap.OutputFile(j.SitePath)));
        using (var contexts = new ThreadLocal<HtmlTemplateContext>(templates.CreateContext))
        {
            Parallel.ForEach(jobs, job =>
            {
                try
                {
                    var html = RenderPage(contexts.Value!, job.Template, site, job.Model(scope), diagnostics);
                    if (html is not null) output.AddText(UrlMap.OutputFile(job.SitePath), html);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    var file = job.SourceFile ?? templates.Tree.DisplayPath(job.Template + ".html");
                    diagnostics.Error(SourceLocation.FileOnly(file), $"internal error while rendering {job.SitePath}: {e.GetType().Name}: {e.Message}");
                }
            });
        }

        WriteFeeds(index, output);
        output.AddText("sitemap.xml", SitemapWriter.Write(jobs.Where(j => j.InSitemap).Select(j => (index.Urls.Absolute(j.SitePath), j.LastModified))));
        output.AddText("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {index.Urls.Absolute(UrlMap.Sitemap())}\n");

        foreach (var (asset, outputPath) in assets.Files) output.AddCopy(outputPath, () => templates.Tree.ReadBytes(asset));
        output.AddText("_headers", SecurityHeaders.For(index.Urls.BasePath, assets.Files.Where(f => f.OutputPath != f.Asset).Select(f => f.OutputPath)));
        foreach (var media in index.Media) output.AddCopy(media, () => content.ReadBytes(media));
        return output;
    }

    private string? RenderPage(HtmlTemplateContext context, string template, SiteModel site, PageModel page, DiagnosticBag diagnostics)
    {
        var globals = new Scriban.Runtime.ScriptObject();
        globals.SetValue("site", site, true);
        globals.SetValue("page", page, true);
        context.PushGlobal(globals);
        try
        {
            var content = templates.Get(template).Render(context);
            globals.SetValue("content", new SafeHtml(content), true);
            return templates.Get("layouts/base").Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Error(new SourceLocation(e.Span.FileName ?? template + ".html", e.Span.Start.Line + 1, e.Span.Start.Column + 1),
                $"template error while rendering the {page.Kind} page '{page.Title}': {e.OriginalMessage}");
            return null;
        }
        finally
        {
            context.PopGlobal();
        }
    }

    private static void WriteFeeds(SiteIndex index, OutputSet output)
    {
        var title = index.Site.Title;
        output.AddText(UrlMap.OutputFile(UrlMap.Feed()), AtomFeedWriter.Write(index, title, UrlMap.Feed(), UrlMap.Home(), index.Articles));
        foreach (var source in index.Sources)
        {
            output.AddText(UrlMap.OutputFile(UrlMap.SourceFeed(source.Key)),
                AtomFeedWriter.Write(index, $"{source.Name} — {title}", UrlMap.SourceFeed(source.Key), UrlMap.Source(source.Key), index.BySource[source.Key]));
        }

        foreach (var topic in index.Topics)
        {
            output.AddText(UrlMap.OutputFile(UrlMap.TopicFeed(topic.Key)),
                AtomFeedWriter.Write(index, $"{topic.Title} — {title}", UrlMap.TopicFeed(topic.Key), UrlMap.Topic(topic.Key), index.ByTopic[topic.Key]));
        }
    }

    private List<PageJob> PlanPages(SiteIndex index, PageModelFactory models)
    {
        var urls = index.Urls;
        var site = index.Site;
        var jobs = new List<PageJob>();

        jobs.AddRange(Paginate(index, index.Articles, UrlMap.Home, "pages/home", (page, total) => new ListPageModel
        {
            ListKind = "home",
            Title = page == 1 ? site.Title : $"{site.Title}, page {page} of {total}",
            Heading = page == 1 ? "Latest reports" : $"Latest reports, page {page} of {total}",
            Intro = site.Description,
            Description = site.Description,
            CanonicalUrl = urls.Absolute(UrlMap.Home(page)),
            FeedUrl = urls.Href(UrlMap.Feed()),
            FeedTitle = site.Title,
            Articles = [],
            TotalArticles = index.Articles.Count,
            Pagination = models.Pagination(page, total, UrlMap.Home),
        }, models));

        foreach (var article in index.Articles)
        {
            jobs.Add(new PageJob(UrlMap.Article(article.Slug), "pages/article",
                scope => models.Article(article, markdown.Render(article, scope.Links, scope.Diagnostics)), article.LastChanged.IsoDate)
            {
                SourceFile = article.DisplayPath,
            });
        }

        jobs.Add(Directory("sources", UrlMap.Sources(), "Sources", "The publications these reports were translated from.",
            index.Sources.Select(s => new DirectoryEntryModel(s.Name, urls.Href(UrlMap.Source(s.Key)), index.BySource[s.Key].Count, s.Description, LanguageNames.Of(s.Language))).ToList(), urls));
        foreach (var source in index.Sources)
        {
            jobs.AddRange(Paginate(index, index.BySource[source.Key], p => UrlMap.Source(source.Key, p), "pages/source", (page, total) => new ListPageModel
            {
                ListKind = "source",
                Title = page == 1 ? source.Name : $"{source.Name}, page {page} of {total}",
                Heading = source.Name,
                Intro = source.Description,
                Description = source.Description.Length > 0 ? source.Description : $"Reports translated from {source.Name}.",
                CanonicalUrl = urls.Absolute(UrlMap.Source(source.Key, page)),
                FeedUrl = urls.Href(UrlMap.SourceFeed(source.Key)),
                FeedTitle = $"{source.Name} — {site.Title}",
                Homepage = source.Url,
                LanguageName = LanguageNames.Of(source.Language),
                Articles = [],
                TotalArticles = index.BySource[source.Key].Count,
                Pagination = models.Pagination(page, total, p => UrlMap.Source(source.Key, p)),
            }, models));
        }

        jobs.Add(Directory("topics", UrlMap.Topics(), "Topics", "Reports grouped by subject.",
            index.Topics.Select(t => new DirectoryEntryModel(t.Title, urls.Href(UrlMap.Topic(t.Key)), index.ByTopic[t.Key].Count, t.Description, null)).ToList(), urls));
        foreach (var topic in index.Topics)
        {
            jobs.AddRange(Paginate(index, index.ByTopic[topic.Key], p => UrlMap.Topic(topic.Key, p), "pages/topic", (page, total) => new ListPageModel
            {
                ListKind = "topic",
                Title = page == 1 ? topic.Title : $"{topic.Title}, page {page} of {total}",
                Heading = topic.Title,
                Intro = topic.Description,
                Description = topic.Description.Length > 0 ? topic.Description : $"Reports about {topic.Title}.",
                CanonicalUrl = urls.Absolute(UrlMap.Topic(topic.Key, page)),
                FeedUrl = urls.Href(UrlMap.TopicFeed(topic.Key)),
                FeedTitle = $"{topic.Title} — {site.Title}",
                Articles = [],
                TotalArticles = index.ByTopic[topic.Key].Count,
                Pagination = models.Pagination(page, total, p => UrlMap.Topic(topic.Key, p)),
            }, models));
        }

        jobs.Add(Directory("translators", UrlMap.Translators(), "Translators", "The people who translated these reports.",
            index.Translators.Select(t => new DirectoryEntryModel(t.Name, urls.Href(UrlMap.Translator(t.Slug)), t.Articles.Count, "", null)).ToList(), urls));
        foreach (var translator in index.Translators)
        {
            var cards = translator.Articles;
            jobs.Add(new PageJob(UrlMap.Translator(translator.Slug), "pages/translator", _ => new ListPageModel
            {
                ListKind = "translator",
                Title = $"Translated by {translator.Name}",
                Heading = translator.Name,
                Intro = $"{cards.Count} {(cards.Count == 1 ? "report" : "reports")} translated by {translator.Name}.",
                Description = $"Reports translated by {translator.Name}.",
                CanonicalUrl = urls.Absolute(UrlMap.Translator(translator.Slug)),
                Articles = cards.Select(models.Card).ToList(),
                TotalArticles = cards.Count,
                Pagination = models.Pagination(1, 1, _ => UrlMap.Translator(translator.Slug)),
            }, cards.Count > 0 ? cards[0].LastChanged.IsoDate : null));
        }

        jobs.Add(new PageJob(UrlMap.NotFound(), "pages/404", _ => new NotFoundPageModel
        {
            Title = "Page not found",
            Description = "The page you asked for is not here.",
            CanonicalUrl = urls.Absolute(UrlMap.NotFound()),
        }, null, InSitemap: false));

        return jobs;
    }

    private static PageJob Directory(string kind, string path, string heading, string intro, List<DirectoryEntryModel> entries, UrlMap urls) =>
        new(path, "pages/" + kind, _ => new DirectoryPageModel
        {
            DirectoryKind = kind,
            Title = heading,
            Heading = heading,
            Intro = intro,
            Description = intro,
            CanonicalUrl = urls.Absolute(path),
            Entries = entries,
        }, null);

    private static IEnumerable<PageJob> Paginate(SiteIndex index, IReadOnlyList<Article> articles, Func<int, string> pathOf, string template,
        Func<int, int, ListPageModel> make, PageModelFactory models)
    {
        var size = index.Site.PageSize;
        var total = Math.Max(1, (articles.Count + size - 1) / size);
        for (var page = 1; page <= total; page++)
        {
            var number = page;
            yield return new PageJob(pathOf(number), template,
                _ => make(number, total) with { Articles = articles.Skip((number - 1) * size).Take(size).Select(models.Card).ToList() },
                articles.Count > 0 ? articles[(number - 1) * size].LastChanged.IsoDate : null);
        }
    }
}
