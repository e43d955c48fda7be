using Scriban.Syntax;
using StaticSite.Checks;
using StaticSite.Content.Files;
using StaticSite.Content;
using StaticSite.Diagnostics;
using StaticSite.Feeds;
using StaticSite.Incremental;
using StaticSite.Indexing;
using StaticSite.Output;
using StaticSite.Pipeline;
using StaticSite.Rendering.Models;
using StaticSite.Search;

namespace StaticSite.Rendering;

/// <summary>The render stage: makes every page of the URL contract from the index through the templates (in parallel), plus feeds, sitemap, robots, assets and media.</summary>
public sealed class SiteRenderer(TemplateSet templates, MarkdownRenderer markdown)
{
    private static readonly SafeHtml PendingBody = new("");

    /// <summary>Body search terms, computed while each article page is rendered (and kept between builds by an incremental builder), or null to tokenize every body when the index is built.</summary>
    public BodyTermCache? SearchTerms { get; init; }

    private readonly Dictionary<string, SiteModel> _sites = new(StringComparer.Ordinal);
    private BodyLinkPolicy? _links;

    private sealed record PageJob(string SitePath, string Template, Func<PageModel> Model, string? LastModified, bool InSitemap = true, Article? Article = null)
    {
        /// <summary>The site model of the page's language; set when the job is placed in its language folder.</summary>
        public SiteModel? Site { get; init; }

        /// <summary>The other-language versions of this page, for sitemap alternates.</summary>
        public IReadOnlyList<LanguageLinkModel> Alternates { get; init; } = [];

        /// <summary>What the page shows besides templates and registries, as identities (counts, page numbers, article and card digests): equal inputs make an equal page.</summary>
        public Func<IEnumerable<string>> Inputs { get; init; } = () => [];
    }

    /// <summary>Renders a one-language site; see <see cref="Render(SiteIndexSet, IFileTree, DiagnosticBag, StagingArea?, BuildCache?, BuildProgress?, CancellationToken)"/>.</summary>
    public OutputSet Render(SiteIndex index, IFileTree content, DiagnosticBag diagnostics, StagingArea? staging = null, BuildCache? cache = null, BuildProgress? progress = null) =>
        Render(SiteIndexSet.Single(index), content, diagnostics, staging, cache, progress);

    /// <summary>Renders the whole site, every language, into a new <see cref="OutputSet"/>, in memory or written through to <paramref name="staging"/>; pages whose inputs match <paramref name="cache"/> are reused from the previous output; <paramref name="cancellation"/> stops a render that a newer change has made pointless.</summary>
    public OutputSet Render(SiteIndexSet all, IFileTree content, DiagnosticBag diagnostics, StagingArea? staging = null, BuildCache? cache = null, BuildProgress? progress = null, CancellationToken cancellation = default)
    {
        var output = staging is null ? new OutputSet() : new OutputSet(staging);
        var root = all.Default;
        var jobs = new List<PageJob>();
        var assets = AssetManifest.Create(templates.Assets, templates.Tree.ReadBytes);
        foreach (var index in all.Languages)
        {
            var models = new PageModelFactory(index, all, templates.Strings);
            var site = models.Site(assets);
            _sites[index.Language] = site;
            jobs.AddRange(PlanPages(index, models).Select(j => j with
            {
                SitePath = index.Urls.Prefix + j.SitePath,
                Site = site,
                Alternates = j.Article is { } article ? models.Translations(article) : [],
            }));
        }

        var sitePaths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var job in jobs) sitePaths.Add(job.SitePath);
        foreach (var path in root.Media.Concat(assets.Files.Select(f => f.OutputPath)))
        {
            sitePaths.Add("/" + path);
        }

        foreach (var index in all.Languages)
        {
            sitePaths.Add(index.Urls.Prefix + UrlMap.Feed());
            foreach (var s in index.Sources) sitePaths.Add(index.Urls.Prefix + UrlMap.SourceFeed(s.Key));
            foreach (var t in index.Topics) sitePaths.Add(index.Urls.Prefix + UrlMap.TopicFeed(t.Key));
        }

        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var index in all.Languages.Skip(1))
        {
            foreach (var article in index.Articles)
            {
                var rootPath = UrlMap.Article(article.Slug);
                if (!sitePaths.Contains(rootPath)) aliases.TryAdd(rootPath, index.Urls.Prefix + rootPath);
            }
        }

        var links = _links = new BodyLinkPolicy(root.RootUrls.BasePath, sitePaths) { Aliases = aliases };
        var templateKeys = new System.Collections.Concurrent.ConcurrentDictionary<(string, SiteModel), byte[]>();
        var contentKey = cache is null ? [] : PageFingerprint.ContentKey(all);

        progress?.Begin("render", jobs.Count);
        using (var contexts = new ThreadLocal<HtmlTemplateContext>(templates.CreateContext))
        {
            Parallel.ForEach(jobs, new ParallelOptions { CancellationToken = cancellation }, job =>
            {
                try
                {
                    progress?.Step();
                    var site = job.Site!;
                    var path = UrlMap.OutputFile(job.SitePath);
                    string? key = null;
                    if (cache is not null)
                    {
                        var templateKey = templateKeys.GetOrAdd((job.Template, site), k => PageFingerprint.TemplateKey(BuildCache.GeneratorVersion, templates.DependencyText(k.Item1), k.Item2));
                        key = PageFingerprint.Of(templateKey, contentKey, job.SitePath, job.Inputs().Concat(job.Alternates.Select(a => a.Code + " " + a.AbsoluteUrl)));
                        if (cache.CanReuse(path, key, out var previousLinks) && previousLinks.All(l => links.Resolves(l)))
                        {
                            cache.Reuse(output, path, key, previousLinks);
                            return;
                        }
                    }

                    var model = job.Model();
                    IReadOnlyList<string> bodyLinks = [];
                    if (job.Article is { } article && model is ArticlePageModel articleModel)
                    {
                        var text = article.Body.Text;
                        var body = markdown.Render(article, text, links, diagnostics);
                        SearchTerms?.Prepare(article, text);
                        bodyLinks = LinkChecker.Targets(body.Html).Where(t => t.StartsWith('/')).Distinct().Order(StringComparer.Ordinal).ToList();
                        model = articleModel with { Body = body };
                    }

                    var html = RenderPage(contexts.Value!, job.Template, site, model, diagnostics);
                    if (html is null) return;
                    output.AddText(path, html);
                    if (key is not null) cache!.Record(path, key, bodyLinks, reused: false);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    var file = job.Article?.DisplayPath ?? templates.Tree.DisplayPath(job.Template + ".html");
                    diagnostics.Error(SourceLocation.FileOnly(file), $"internal error while rendering {job.SitePath}: {e.GetType().Name}: {e.Message}");
                }
            });
        }

        cancellation.ThrowIfCancellationRequested();
        Parallel.Invoke(
            () =>
            {
                var sitemap = jobs.Where(j => j.InSitemap).Select(j => new SitemapEntry(root.Urls.Absolute(j.SitePath), j.LastModified, j.Alternates.Select(a => (a.Code, a.AbsoluteUrl)).ToList())).ToList();
                foreach (var (sitePath, text) in SitemapWriter.Files(sitemap, root.Urls.Absolute)) output.AddText(UrlMap.OutputFile(sitePath), text);
            },
            () =>
            {
                foreach (var index in all.Languages) WriteFeeds(index, output);
            },
            () =>
            {
                foreach (var index in all.Languages) WriteSearchIndex(index, output);
            });
        jobs.Clear();
        output.AddText("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {root.Urls.Absolute(UrlMap.Sitemap())}\n");

        foreach (var (asset, outputPath) in assets.Files) output.AddCopy(outputPath, () => templates.Tree.ReadBytes(asset));
        output.AddText("_headers", SecurityHeaders.For(root.RootUrls.BasePath, assets.Files.Where(f => f.OutputPath != f.Asset).Select(f => f.OutputPath)));
        foreach (var media in root.Media) output.AddCopy(media, () => content.ReadBytes(media));
        output.Flush();
        return output;
    }

    /// <summary>Renders one article's page again, after <see cref="Render(SiteIndexSet, IFileTree, DiagnosticBag, StagingArea?, BuildCache?, BuildProgress?, CancellationToken)"/>, for an edited version of an article the index holds under the same slug and language; null on a template error.</summary>
    public string? RenderArticle(SiteIndexSet all, SiteIndex index, Article edited, Article indexed, DiagnosticBag diagnostics)
    {
        if (_links is null || !_sites.TryGetValue(index.Language, out var site)) throw new InvalidOperationException("RenderArticle needs a completed Render first");
        var models = new PageModelFactory(index, all, templates.Strings);
        var model = models.Article(edited, markdown.Render(edited, _links, diagnostics), indexed);
        return RenderPage(templates.CreateContext(), "pages/article", site, model, diagnostics)?.ToString();
    }

    private System.Text.StringBuilder? RenderPage(HtmlTemplateContext context, string template, SiteModel site, PageModel page, DiagnosticBag diagnostics)
    {
        var globals = new Scriban.Runtime.ScriptObject();
        globals.SetValue("site", site, true);
        globals.SetValue("page", page, true);
        globals.SetValue("t", templates.Strings.For(page is ArticlePageModel article ? article.Language : site.Language, site.DefaultLanguage), true);
        context.PushGlobal(globals);
        try
        {
            globals.SetValue("content", context.RenderContent(templates.Get(template)), true);
            return context.RenderPage(templates.Get("layouts/base"));
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

    private void WriteSearchIndex(SiteIndex index, OutputSet output)
    {
        var dates = new PageModelFactory(index, null, templates.Strings);
        var folder = UrlMap.OutputFile(index.Urls.Prefix + UrlMap.Search())[..^"index.html".Length];
        new SearchIndexBuilder(SearchTerms).Build(index, d => dates.Date(d).Display, (name, bytes) => output.AddBytes(folder + name, bytes));
    }

    private static void WriteFeeds(SiteIndex index, OutputSet output)
    {
        var title = index.Site.Title;
        var prefix = index.Urls.Prefix;
        output.AddText(UrlMap.OutputFile(prefix + UrlMap.Feed()), AtomFeedWriter.Write(index, title, UrlMap.Feed(), UrlMap.Home(), index.Articles));
        foreach (var source in index.Sources)
        {
            output.AddText(UrlMap.OutputFile(prefix + UrlMap.SourceFeed(source.Key)),
                AtomFeedWriter.Write(index, $"{source.Name} — {title}", UrlMap.SourceFeed(source.Key), UrlMap.Source(source.Key), index.BySource[source.Key]));
        }

        foreach (var topic in index.Topics)
        {
            output.AddText(UrlMap.OutputFile(prefix + UrlMap.TopicFeed(topic.Key)),
                AtomFeedWriter.Write(index, $"{topic.Title} — {title}", UrlMap.TopicFeed(topic.Key), UrlMap.Topic(topic.Key), index.ByTopic[topic.Key]));
        }
    }

    private List<PageJob> PlanPages(SiteIndex index, PageModelFactory models)
    {
        var urls = index.Urls;
        var site = index.Site;
        var jobs = new List<PageJob>();

        jobs.AddRange(Paginate(index, "home", index.Articles, UrlMap.Home, "pages/home", (page, total) => new ListPageModel
        {
            ListKind = "home",
            Title = page == 1 ? site.Title : models.T("page_of", ("title", site.Title), ("page", page), ("total", total)),
            Heading = page == 1 ? models.T("latest_reports") : models.T("page_of", ("title", models.T("latest_reports")), ("page", page), ("total", total)),
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
                () => models.Article(article, PendingBody), article.LastChanged.IsoDate, Article: article)
            {
                Inputs = () => ArticleInputs(index, models, article),
            });
        }

        jobs.Add(Directory("sources", UrlMap.Sources(), models.T("sources_title"), models.T("sources_intro"),
            index.Sources.Select(s => new DirectoryEntryModel(s.Name, urls.Href(UrlMap.Source(s.Key)), index.BySource[s.Key].Count, s.Description, LanguageNames.In(s.Language, index.Language))).ToList(), urls));
        foreach (var source in index.Sources)
        {
            jobs.AddRange(Paginate(index, "source " + source.Key, index.BySource[source.Key], p => UrlMap.Source(source.Key, p), "pages/source", (page, total) => new ListPageModel
            {
                ListKind = "source",
                Title = page == 1 ? source.Name : models.T("page_of", ("title", source.Name), ("page", page), ("total", total)),
                Heading = source.Name,
                Intro = source.Description,
                Description = source.Description.Length > 0 ? source.Description : models.T("source_description", ("name", source.Name)),
                CanonicalUrl = urls.Absolute(UrlMap.Source(source.Key, page)),
                FeedUrl = urls.Href(UrlMap.SourceFeed(source.Key)),
                FeedTitle = $"{source.Name} — {site.Title}",
                Homepage = source.Url,
                LanguageName = LanguageNames.In(source.Language, index.Language),
                Articles = [],
                TotalArticles = index.BySource[source.Key].Count,
                Pagination = models.Pagination(page, total, p => UrlMap.Source(source.Key, p)),
            }, models));
        }

        jobs.Add(Directory("topics", UrlMap.Topics(), models.T("topics_title"), models.T("topics_intro"),
            index.Topics.Select(t => new DirectoryEntryModel(t.Title, urls.Href(UrlMap.Topic(t.Key)), index.ByTopic[t.Key].Count, t.Description, null)).ToList(), urls));
        foreach (var topic in index.Topics)
        {
            jobs.AddRange(Paginate(index, "topic " + topic.Key, index.ByTopic[topic.Key], p => UrlMap.Topic(topic.Key, p), "pages/topic", (page, total) => new ListPageModel
            {
                ListKind = "topic",
                Title = page == 1 ? topic.Title : models.T("page_of", ("title", topic.Title), ("page", page), ("total", total)),
                Heading = topic.Title,
                Intro = topic.Description,
                Description = topic.Description.Length > 0 ? topic.Description : models.T("topic_description", ("name", topic.Title)),
                CanonicalUrl = urls.Absolute(UrlMap.Topic(topic.Key, page)),
                FeedUrl = urls.Href(UrlMap.TopicFeed(topic.Key)),
                FeedTitle = $"{topic.Title} — {site.Title}",
                Articles = [],
                TotalArticles = index.ByTopic[topic.Key].Count,
                Pagination = models.Pagination(page, total, p => UrlMap.Topic(topic.Key, p)),
            }, models));
        }

        jobs.Add(Directory("translators", UrlMap.Translators(), models.T("translators_title"), models.T("translators_intro"),
            index.Translators.Select(t => new DirectoryEntryModel(t.Name, urls.Href(UrlMap.Translator(t.Slug)), t.Articles.Count, "", null)).ToList(), urls));
        foreach (var translator in index.Translators)
        {
            var cards = translator.Articles;
            jobs.Add(new PageJob(UrlMap.Translator(translator.Slug), "pages/translator", () => new ListPageModel
            {
                ListKind = "translator",
                Title = models.T("translator_title", ("name", translator.Name)),
                Heading = translator.Name,
                Intro = models.T("translator_intro", ("name", translator.Name)),
                Description = models.T("translator_intro", ("name", translator.Name)),
                CanonicalUrl = urls.Absolute(UrlMap.Translator(translator.Slug)),
                Articles = cards.Select(models.Card).ToList(),
                TotalArticles = cards.Count,
                Pagination = models.Pagination(1, 1, _ => UrlMap.Translator(translator.Slug)),
            }, cards.Count > 0 ? cards[0].LastChanged.IsoDate : null)
            {
                Inputs = () => cards.Select(a => models.CardDigest(a)).Prepend(translator.Name),
            });
        }

        jobs.Add(new PageJob(UrlMap.Search(), "pages/search", () => new SearchPageModel
        {
            Title = models.T("search_title"),
            Description = models.T("search_description"),
            CanonicalUrl = urls.Absolute(UrlMap.Search()),
            IndexUrl = urls.Href(UrlMap.Search()),
        }, null));

        jobs.Add(new PageJob(UrlMap.NotFound(), "pages/404", () => new NotFoundPageModel
        {
            Title = models.T("not_found_title"),
            Description = models.T("not_found_description"),
            CanonicalUrl = urls.Absolute(UrlMap.NotFound()),
        }, null, InSitemap: false));

        return jobs;
    }

    private static PageJob Directory(string kind, string path, string heading, string intro, List<DirectoryEntryModel> entries, UrlMap urls) =>
        new(path, "pages/" + kind, () => new DirectoryPageModel
        {
            DirectoryKind = kind,
            Title = heading,
            Heading = heading,
            Intro = intro,
            Description = intro,
            CanonicalUrl = urls.Absolute(path),
            Entries = entries,
        }, null)
        {
            Inputs = () => entries.Select(e => string.Join('\u001f', e.Name, e.Url, e.Count, e.Description, e.Note)),
        };

    private static IEnumerable<string> ArticleInputs(SiteIndex index, PageModelFactory models, Article article)
    {
        var links = index.Links[article];
        yield return Convert.ToHexStringLower(article.FileHash);
        yield return article.RelativePath;
        yield return models.CardDigest(article);
        foreach (var related in links.Related) yield return models.CardDigest(related);
        yield return links.Older is { } older ? "older " + older.Slug + " " + older.Title : "no older";
        yield return links.Newer is { } newer ? "newer " + newer.Slug + " " + newer.Title : "no newer";
    }

    private static IEnumerable<PageJob> Paginate(SiteIndex index, string list, IReadOnlyList<Article> articles, Func<int, string> pathOf, string template,
        Func<int, int, ListPageModel> make, PageModelFactory models)
    {
        var size = index.Site.PageSize;
        var total = Math.Max(1, (articles.Count + size - 1) / size);
        for (var page = 1; page <= total; page++)
        {
            var number = page;
            yield return new PageJob(pathOf(number), template,
                () =>
                {
                    var shown = articles.Skip((number - 1) * size).Take(size).ToList();
                    var page = make(number, total) with { Articles = shown.Select(models.Card).ToList() };
                    return page.ListKind is "source" or "topic" ? page with { StructuredDataSource = new(() => models.Collection(page, shown)) } : page;
                },
                articles.Count > 0 ? articles[(number - 1) * size].LastChanged.IsoDate : null)
            {
                Inputs = () => articles.Skip((number - 1) * size).Take(size).Select(a => models.CardDigest(a))
                    .Prepend(string.Join(' ', list, number, total, articles.Count)),
            };
        }
    }
}
