using StaticSite.Content;
using StaticSite.Diagnostics;
using StaticSite.Feeds;
using StaticSite.Indexing;
using StaticSite.Rendering.Models;

namespace StaticSite.Rendering;

/// <summary>The plan step: every page of the URL contract, for every language, with the site paths a body may link
/// to.</summary>
internal static class PagePlanner
{
    private static readonly SafeHtml PendingBody = new("");

    /// <summary>Plans the pages of every language of <paramref name="all"/> (the default language first).</summary>
    public static SitePlan Plan(SiteIndexSet all, TemplateSet templates)
    {
        var assets = AssetManifest.Create(templates.Assets, templates.Tree.ReadBytes);
        var pages = new List<PlannedPage>();
        var sites = new Dictionary<string, SiteModel>(StringComparer.Ordinal);
        foreach (var index in all.Languages)
        {
            var models = new PageModelFactory(index, all, templates.Strings);
            var site = sites[index.Language] = models.Site(assets);
            pages.AddRange(PlanLanguage(index, models).Select(page => page with
            {
                SitePath = index.Urls.Prefix + page.SitePath,
                Site = site,
                Alternates = page.Article is { } article ? models.Translations(article) : [],
            }));
        }

        var sitePaths = new HashSet<string>(pages.Select(p => p.SitePath), StringComparer.Ordinal);
        foreach (var path in MediaFiles(all.Default).Concat(assets.Files.Select(f => f.OutputPath)))
        {
            sitePaths.Add("/" + path);
        }

        foreach (var index in all.Languages) sitePaths.UnionWith(FeedSet.Paths(index));
        var links = new BodyLinkPolicy(all.Default.RootUrls.BasePath, sitePaths)
        {
            Aliases = ArticleAliases(all, sitePaths), Images = all.Default.Images.Catalog,
        };
        return new SitePlan(pages, assets, links, sites);
    }

    /// <summary>Whether <paramref name="plan"/> stays within <paramref name="limit"/> pages (by default
    /// <see cref="ContentLimits.SitePages"/>); an error at <paramref name="articles"/> (the articles folder) when
    /// not.</summary>
    public static bool WithinLimit(SitePlan plan, string articles, DiagnosticBag diagnostics,
        int limit = ContentLimits.SitePages)
    {
        if (plan.Pages.Count <= limit) return true;
        diagnostics.Error(SourceLocation.FileOnly(articles), $"the site would have {plan.Pages.Count} pages; a site " +
            $"may have at most {limit} (docs/OPERATIONS.md lists the limits)");
        return false;
    }

    /// <summary>The media files a body may name: every file of <c>content/media/</c> published as it is, and every
    /// variant of the photographs (whose originals are never published).</summary>
    private static IEnumerable<string> MediaFiles(SiteIndex root) =>
        root.Media.Where(m => !ImageFiles.IsRaster(m))
            .Concat(root.Images.Catalog.Images.SelectMany(i => i.Variants).Select(v => v.Path));

    /// <summary>Root article paths (<c>/articles/slug/</c>) of articles that live in another language's folder, so a
    /// body can link any article by its slug.</summary>
    private static Dictionary<string, string> ArticleAliases(SiteIndexSet all, HashSet<string> sitePaths)
    {
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var index in all.Languages.Skip(1))
        {
            foreach (var article in index.Articles)
            {
                var rootPath = UrlMap.Article(article.Slug);
                if (!sitePaths.Contains(rootPath)) aliases.TryAdd(rootPath, index.Urls.Prefix + rootPath);
            }
        }

        return aliases;
    }

    private static IEnumerable<PlannedPage> PlanLanguage(SiteIndex index, PageModelFactory models) =>
        Home(index, models)
            .Concat(index.Articles.Select(article => Article(index, models, article)))
            .Concat(Sources(index, models))
            .Concat(Topics(index, models))
            .Concat(Translators(index, models))
            .Concat(CorrectionPages.Plan(index, models))
            .Concat(SearchAndNotFound(index, models));

    private static IEnumerable<PlannedPage> Home(SiteIndex index, PageModelFactory models)
    {
        var site = index.Site;
        return Paginate(index, "home", index.Articles, UrlMap.Home, "pages/home", (page, total) => new ListPageModel
        {
            ListKind = "home",
            Title = page == 1 ? site.Title : models.PageOf(site.Title, page, total),
            Heading = page == 1 ? models.T("latest_reports") : models.PageOf(models.T("latest_reports"), page, total),
            Intro = site.Description,
            Description = site.Description,
            CanonicalUrl = index.Urls.Absolute(UrlMap.Home(page)),
            FeedUrl = index.Urls.Href(UrlMap.Feed()),
            FeedTitle = site.Title,
            Articles = [],
            TotalArticles = index.Articles.Count,
            Pagination = models.Pagination(page, total, UrlMap.Home),
        }, models);
    }

    private static PlannedPage Article(SiteIndex index, PageModelFactory models, Article article) =>
        new(UrlMap.Article(article.Slug), "pages/article", () => models.Article(article, PendingBody),
            article.LastChanged.IsoDate,
            Article: article)
        {
            Inputs = () => ArticleInputs(index, models, article),
        };

    private static IEnumerable<string> ArticleInputs(SiteIndex index, PageModelFactory models, Article article)
    {
        var links = index.Links[article];
        yield return Convert.ToHexStringLower(article.FileHash);
        yield return article.RelativePath;
        yield return models.CardDigest(article);
        foreach (var related in links.Related) yield return models.CardDigest(related);
        foreach (var revision in article.Revisions) yield return "revision " + revision.Commit;
        yield return links.Older is { } older ? "older " + older.Slug + " " + older.Title : "no older";
        yield return links.Newer is { } newer ? "newer " + newer.Slug + " " + newer.Title : "no newer";
    }

    private static IEnumerable<PlannedPage> Sources(SiteIndex index, PageModelFactory models)
    {
        var entries = index.Sources.Select(s => new DirectoryEntryModel(s.Name, index.Urls.Href(UrlMap.Source(s.Key)),
            index.BySource[s.Key].Count, s.Description, LanguageNames.In(s.Language, index.Language))).ToList();
        var pages = index.Sources.SelectMany(source => Listed(index, models,
            new Listing("source", source.Key, source.Name, source.Description, index.BySource[source.Key],
                p => UrlMap.Source(source.Key, p), UrlMap.SourceFeed(source.Key)),
            page => page with { Homepage = source.Url,
                LanguageName = LanguageNames.In(source.Language, index.Language) }));
        return pages.Prepend(Directory(
            "sources", UrlMap.Sources(), models.T("sources_title"), models.T("sources_intro"),
            entries, index.Urls));
    }

    private static IEnumerable<PlannedPage> Topics(SiteIndex index, PageModelFactory models)
    {
        var entries = index.Topics.Select(t => new DirectoryEntryModel(t.Title, index.Urls.Href(UrlMap.Topic(t.Key)),
            index.ByTopic[t.Key].Count, t.Description, null)).ToList();
        var pages = index.Topics.SelectMany(topic => Listed(index, models,
            new Listing("topic", topic.Key, topic.Title, topic.Description, index.ByTopic[topic.Key],
                p => UrlMap.Topic(topic.Key, p), UrlMap.TopicFeed(topic.Key)),
            page => page));
        return pages.Prepend(Directory("topics", UrlMap.Topics(), models.T("topics_title"), models.T("topics_intro"),
            entries, index.Urls));
    }

    /// <summary>What a source's or topic's list of articles is made from.</summary>
    private sealed record Listing(string Kind, string Key, string Name, string Description,
        IReadOnlyList<Article> Articles,
        Func<int, string> PathOf, string FeedPath);

    /// <summary>The pages of a source's or topic's list of articles; <paramref name="finish"/> adds what only one kind
    /// shows.</summary>
    private static IEnumerable<PlannedPage> Listed(SiteIndex index, PageModelFactory models, Listing listing,
        Func<ListPageModel, ListPageModel> finish) =>
        Paginate(index, listing.Kind + " " + listing.Key, listing.Articles, listing.PathOf, "pages/" + listing.Kind,
            (page, total) => finish(new ListPageModel
            {
                ListKind = listing.Kind,
                Title = page == 1 ? listing.Name : models.PageOf(listing.Name, page, total),
                Heading = listing.Name,
                Intro = listing.Description,
                Description = listing.Description.Length > 0 ? listing.Description
                    : models.T(listing.Kind + "_description", ("name", listing.Name)),
                CanonicalUrl = index.Urls.Absolute(listing.PathOf(page)),
                FeedUrl = index.Urls.Href(listing.FeedPath),
                FeedTitle = $"{listing.Name} — {index.Site.Title}",
                Articles = [],
                TotalArticles = listing.Articles.Count,
                Pagination = models.Pagination(page, total, listing.PathOf),
            }), models);

    private static IEnumerable<PlannedPage> Translators(SiteIndex index, PageModelFactory models)
    {
        var urls = index.Urls;
        yield return Directory("translators", UrlMap.Translators(), models.T("translators_title"),
            models.T("translators_intro"),
            index.Translators.Select(t => new DirectoryEntryModel(
                t.Name, urls.Href(UrlMap.Translator(t.Slug)), t.Articles.Count, "", null))
                .ToList(), urls);
        foreach (var translator in index.Translators)
        {
            var cards = translator.Articles;
            var intro = models.T("translator_intro", ("name", translator.Name));
            yield return new PlannedPage(UrlMap.Translator(translator.Slug), "pages/translator", () => new ListPageModel
            {
                ListKind = "translator",
                Title = models.T("translator_title", ("name", translator.Name)),
                Heading = translator.Name,
                Intro = intro,
                Description = intro,
                CanonicalUrl = urls.Absolute(UrlMap.Translator(translator.Slug)),
                Articles = cards.Select(models.Card).ToList(),
                TotalArticles = cards.Count,
                Pagination = models.Pagination(1, 1, _ => UrlMap.Translator(translator.Slug)),
            }, cards.Count > 0 ? cards[0].LastChanged.IsoDate : null)
            {
                Inputs = () => cards.Select(a => models.CardDigest(a)).Prepend(translator.Name),
            };
        }
    }

    private static IEnumerable<PlannedPage> SearchAndNotFound(SiteIndex index, PageModelFactory models)
    {
        yield return new PlannedPage(UrlMap.Search(), "pages/search", () => new SearchPageModel
        {
            Title = models.T("search_title"),
            Description = models.T("search_description"),
            CanonicalUrl = index.Urls.Absolute(UrlMap.Search()),
            IndexUrl = index.Urls.Href(UrlMap.Search()),
        }, null);
        yield return new PlannedPage(UrlMap.NotFound(), "pages/404", () => new NotFoundPageModel
        {
            Title = models.T("not_found_title"),
            Description = models.T("not_found_description"),
            CanonicalUrl = index.Urls.Absolute(UrlMap.NotFound()),
        }, null, InSitemap: false);
    }

    private static PlannedPage Directory(
        string kind, string path, string heading, string intro, List<DirectoryEntryModel> entries,
        UrlMap urls) =>
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

    private static IEnumerable<PlannedPage> Paginate(SiteIndex index, string list, IReadOnlyList<Article> articles,
        Func<int, string> pathOf, string template, Func<int, int, ListPageModel> make, PageModelFactory models)
    {
        var size = index.Site.PageSize;
        var total = Math.Max(1, (articles.Count + size - 1) / size);
        for (var page = 1; page <= total; page++)
        {
            var number = page;
            yield return new PlannedPage(pathOf(number), template,
                () =>
                {
                    var shown = articles.Skip((number - 1) * size).Take(size).ToList();
                    var model = make(number, total) with { Articles = shown.Select(models.Card).ToList() };
                    return model.ListKind is "source" or "topic"
                        ? model with { StructuredDataSource = new(() => models.Collection(model, shown)) }
                        : model;
                },
                articles.Count > 0 ? articles[(number - 1) * size].LastChanged.IsoDate : null)
            {
                Inputs = () => articles.Skip((number - 1) * size).Take(size).Select(a => models.CardDigest(a))
                    .Prepend(string.Join(' ', list, number, total, articles.Count)),
            };
        }
    }
}
