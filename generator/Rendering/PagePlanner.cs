using System.Globalization;
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

        Pair(all, pages);
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
    /// body can link any article by its slug, and each article's earlier paths (<c>aliases:</c>), so a body linking
    /// an old address links the article itself.</summary>
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

        foreach (var index in all.Languages)
        {
            foreach (var article in index.Articles.Concat(index.Withdrawn))
            {
                foreach (var alias in article.Aliases.Where(a => !sitePaths.Contains(a.Value)))
                {
                    aliases.TryAdd(alias.Value, index.Urls.Prefix + UrlMap.Article(article.Slug));
                }
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
            .Concat(Archive(index, models))
            .Concat(Reporters(index, models))
            .Concat(Places(index, models))
            .Concat(Withdrawn(index, models))
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
            entries, index.Urls, Newest(index.Articles)));
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
            entries, index.Urls, Newest(index.Articles)));
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
                FeedTitle = models.FeedTitle(listing.Kind, listing.Name),
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
                .ToList(), urls, Newest(index.Articles));
        foreach (var translator in index.Translators)
        {
            var cards = translator.Articles;
            var person = translator.Person;
            var intro = person is { Bio.Length: > 0 } ? person.Bio
                : models.T("translator_intro", ("name", translator.Name));
            yield return new PlannedPage(UrlMap.Translator(translator.Slug), "pages/translator", () => new ListPageModel
            {
                ListKind = "translator",
                Title = models.T("translator_title", ("name", translator.Name)),
                Heading = translator.Name,
                Intro = intro,
                Description = intro,
                CanonicalUrl = urls.Absolute(UrlMap.Translator(translator.Slug)),
                FeedUrl = urls.Href(UrlMap.TranslatorFeed(translator.Slug)),
                FeedTitle = models.FeedTitle("translator", translator.Name),
                Articles = cards.Select(models.Card).ToList(),
                TotalArticles = cards.Count,
                Pagination = models.Pagination(1, 1, _ => UrlMap.Translator(translator.Slug)),
                Bio = person?.Bio is { Length: > 0 } bio ? bio : null,
                SameAs = person?.SameAs,
            }, Newest(cards))
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
        }, null, InSitemap: false);
        yield return new PlannedPage(UrlMap.NotFound(), "pages/404", () => new NotFoundPageModel
        {
            Title = models.T("not_found_title"),
            Description = models.T("not_found_description"),
            CanonicalUrl = index.Urls.Absolute(UrlMap.NotFound()),
        }, null, InSitemap: false) { Indexable = false };
    }

    private static PlannedPage Directory(
        string kind, string path, string heading, string intro, List<DirectoryEntryModel> entries,
        UrlMap urls, string? lastModified) =>
        new(path, "pages/" + kind, () => new DirectoryPageModel
        {
            DirectoryKind = kind,
            Title = heading,
            Heading = heading,
            Intro = intro,
            Description = intro,
            CanonicalUrl = urls.Absolute(path),
            Entries = entries,
            NoIndex = entries.Count == 0,
        }, lastModified, InSitemap: entries.Count > 0)
        {
            Indexable = entries.Count > 0,
            Inputs = () => entries.Select(e => string.Join('\u001f', e.Name, e.Url, e.Count, e.Description, e.Note)),
        };

    private static IEnumerable<PlannedPage> Paginate(SiteIndex index, string list, IReadOnlyList<Article> articles,
        Func<int, string> pathOf, string template, Func<int, int, ListPageModel> make, PageModelFactory models)
    {
        var size = index.Site.PageSize;
        var total = Math.Max(1, (articles.Count + size - 1) / size);
        var empty = articles.Count == 0 && list != "home";
        for (var page = 1; page <= total; page++)
        {
            var number = page;
            yield return new PlannedPage(pathOf(number), template,
                () =>
                {
                    var shown = articles.Skip((number - 1) * size).Take(size).ToList();
                    var model = make(number, total) with
                    {
                        Articles = shown.Select(models.Card).ToList(), NoIndex = empty,
                    };
                    return model.ListKind is "source" or "topic" or "reporter" or "place"
                        ? model with { StructuredDataSource = new(() => models.Collection(model, shown)) }
                        : model;
                },
                Newest(articles.Skip((number - 1) * size).Take(size)), InSitemap: !empty)
            {
                Indexable = !empty,
                Inputs = () => articles.Skip((number - 1) * size).Take(size).Select(a => models.CardDigest(a))
                    .Prepend(string.Join(' ', list, number, total, articles.Count)),
            };
        }
    }

    /// <summary>The date of the newest change among <paramref name="articles"/> (for a list page's <c>lastmod</c>), or
    /// null when there is none.</summary>
    private static string? Newest(IEnumerable<Article> articles)
    {
        ContentDate? newest = null;
        foreach (var article in articles)
        {
            if (newest is null || article.LastChanged.CompareTo(newest.Value) > 0) newest = article.LastChanged;
        }

        return newest?.IsoDate;
    }

    /// <summary>On a site of several languages, pairs every page with its versions in the other languages (the same
    /// path in each language folder; an article with its translations), adds <c>x-default</c> for the site's language,
    /// and gives each page its language switcher.</summary>
    private static void Pair(SiteIndexSet all, List<PlannedPage> pages)
    {
        if (all.Languages.Count < 2) return;
        var urls = all.Languages.ToDictionary(l => l.Language, l => l.Urls, StringComparer.Ordinal);
        string Key(PlannedPage page) => page.SitePath[urls[page.Site!.Language].Prefix.Length..];
        var versions = pages.Where(p => p.Article is null && p.Indexable)
            .GroupBy(Key, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<LanguageLinkModel>)g
                .OrderBy(p => all.Languages.ToList().FindIndex(l => l.Language == p.Site!.Language))
                .Select(p => new LanguageLinkModel(p.Site!.Language, LanguageNames.Native(p.Site.Language),
                    urls[p.Site.Language].Href(Key(p)), urls[p.Site.Language].Absolute(Key(p)), false))
                .ToList(), StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var language = page.Site!.Language;
            var alternates = page.Article is not null ? page.Alternates
                : page.Indexable && versions.TryGetValue(Key(page), out var found) ? found : [];
            if (alternates.FirstOrDefault(a => a.Code == all.Default.Language) is { } main)
            {
                alternates = [.. alternates, main with { Code = "x-default", IsCurrent = false }];
            }

            IReadOnlyList<LanguageLinkModel> switcher = all.Languages.Select(l =>
                alternates.FirstOrDefault(a => a.Code == l.Language) is { } version
                    ? version with { IsCurrent = l.Language == language }
                    : new LanguageLinkModel(l.Language, LanguageNames.Native(l.Language), l.Urls.Href(UrlMap.Home()),
                        l.Urls.Absolute(UrlMap.Home()), l.Language == language)).ToList();
            var make = page.Model;
            pages[i] = page with
            {
                Alternates = alternates,
                Model = () => make() with { Alternates = alternates, Languages = switcher },
            };
        }
    }

    /// <summary>The archive page (every year and month with its count), then each year's and each month's
    /// list.</summary>
    private static IEnumerable<PlannedPage> Archive(SiteIndex index, PageModelFactory models)
    {
        var urls = index.Urls;
        var years = index.Years.Select(y => new ArchiveYearModel(Year(y.Year), urls.Href(UrlMap.ArchiveYear(y.Year)),
            y.Articles.Count, y.Months.Select(m => MonthEntry(index, models, m)).ToList())).ToList();
        var intro = models.T("archive_intro");
        yield return new PlannedPage(UrlMap.Archive(), "pages/archive", () => new ArchivePageModel
        {
            Title = models.T("archive_title"),
            Heading = models.T("archive_title"),
            Intro = intro,
            Description = intro,
            CanonicalUrl = urls.Absolute(UrlMap.Archive()),
            Years = years,
            TotalArticles = index.Articles.Count,
            NoIndex = years.Count == 0,
        }, Newest(index.Articles), InSitemap: years.Count > 0)
        {
            Indexable = years.Count > 0,
            Inputs = () => years.Select(y => string.Join(' ', y.Months.Select(m => m.Name + ":" + m.Count))
                .Insert(0, y.Name + ":" + y.Count + " ")),
        };
        foreach (var page in index.Years.SelectMany(y => ArchiveYear(index, models, y))) yield return page;
        foreach (var page in index.Years.SelectMany(y => y.Months).SelectMany(m => ArchiveMonth(index, models, m)))
        {
            yield return page;
        }
    }

    private static string Year(int year) => year.ToString("0000", CultureInfo.InvariantCulture);

    private static DirectoryEntryModel MonthEntry(SiteIndex index, PageModelFactory models, ArchiveMonth month) =>
        new(models.MonthName(month.Year, month.Month), index.Urls.Href(UrlMap.ArchiveMonth(month.Year, month.Month)),
            month.Articles.Count, "", null);

    private static IEnumerable<PlannedPage> ArchiveYear(SiteIndex index, PageModelFactory models, ArchiveYear year)
    {
        var name = Year(year.Year);
        var months = year.Months.Select(m => MonthEntry(index, models, m)).ToList();
        var title = models.T("archive_year_title", ("year", name));
        return Paginate(index, $"archive-year {name} " + string.Join(' ', months.Select(m => m.Name + ":" + m.Count)),
            year.Articles, p => UrlMap.ArchiveYear(year.Year, p), "pages/archive-year", (page, total) =>
            new ListPageModel
            {
                ListKind = "archive-year",
                Title = page == 1 ? title : models.PageOf(title, page, total),
                Heading = title,
                Intro = models.T("archive_year_intro", ("year", name)),
                Description = models.T("archive_year_intro", ("year", name)),
                CanonicalUrl = index.Urls.Absolute(UrlMap.ArchiveYear(year.Year, page)),
                Articles = [],
                TotalArticles = year.Articles.Count,
                Pagination = models.Pagination(page, total, p => UrlMap.ArchiveYear(year.Year, p)),
                Parent = new LinkModel(models.T("archive_title"), index.Urls.Href(UrlMap.Archive())),
                Sections = months,
            }, models);
    }

    private static IEnumerable<PlannedPage> ArchiveMonth(SiteIndex index, PageModelFactory models, ArchiveMonth month)
    {
        var name = models.MonthName(month.Year, month.Month);
        var title = models.T("archive_month_title", ("month", name));
        var feed = FeedSet.HasArchive(index, month) ? FeedSet.MonthFeed(month) : UrlMap.Feed();
        return Paginate(index, $"archive-month {name}", month.Articles, p => UrlMap.ArchiveMonth(month.Year,
            month.Month, p), "pages/archive-month", (page, total) => new ListPageModel
        {
            ListKind = "archive-month",
            Title = page == 1 ? title : models.PageOf(title, page, total),
            Heading = title,
            Intro = models.T("archive_month_intro", ("month", name)),
            Description = models.T("archive_month_intro", ("month", name)),
            CanonicalUrl = index.Urls.Absolute(UrlMap.ArchiveMonth(month.Year, month.Month, page)),
            FeedUrl = index.Urls.Href(feed),
            FeedTitle = feed == UrlMap.Feed() ? models.FeedTitle("site", "")
                : models.FeedTitle("month", $"{month.Year:0000}-{month.Month:00}"),
            Articles = [],
            TotalArticles = month.Articles.Count,
            Pagination = models.Pagination(page, total, p => UrlMap.ArchiveMonth(month.Year, month.Month, p)),
            Parent = new LinkModel(Year(month.Year), index.Urls.Href(UrlMap.ArchiveYear(month.Year))),
        }, models);
    }

    /// <summary>The list of reporters, then each reporter's articles.</summary>
    private static IEnumerable<PlannedPage> Reporters(SiteIndex index, PageModelFactory models)
    {
        var urls = index.Urls;
        var entries = index.Reporters.Select(r => new DirectoryEntryModel(r.Name, urls.Href(UrlMap.Reporter(r.Slug)),
            r.Articles.Count, r.Person?.Bio ?? "", null)).ToList();
        var pages = index.Reporters.SelectMany(reporter => Listed(index, models,
            new Listing("reporter", reporter.Slug, reporter.Name, reporter.Person?.Bio ?? "", reporter.Articles,
                p => UrlMap.Reporter(reporter.Slug, p), UrlMap.ReporterFeed(reporter.Slug)),
            page => page with
            {
                Intro = page.Intro.Length > 0 ? page.Intro : models.T("reporter_intro", ("name", reporter.Name)),
                Bio = reporter.Person?.Bio is { Length: > 0 } bio ? bio : null,
                SameAs = reporter.Person?.SameAs,
            }));
        return pages.Prepend(Directory("reporters", UrlMap.Reporters(), models.T("reporters_title"),
            models.T("reporters_intro"), entries, urls, Newest(index.Articles)));
    }

    /// <summary>The list of places, then each place's articles (its own and those of the places inside it).</summary>
    private static IEnumerable<PlannedPage> Places(SiteIndex index, PageModelFactory models)
    {
        var urls = index.Urls;
        var bySlug = index.Places.ToDictionary(p => p.Slug, StringComparer.Ordinal);
        DirectoryEntryModel Entry(PlaceEntry place) => new(place.Name, urls.Href(UrlMap.Place(place.Slug)),
            place.Articles.Count, place.Place?.Description ?? "", null);
        var pages = index.Places.SelectMany(place =>
        {
            var parent = place.Parent is { } up && bySlug.TryGetValue(up, out var region) ? region : null;
            var children = place.Children.Select(c => Entry(bySlug[c])).ToList();
            var key = place.Slug + " " + parent?.Name + " " + string.Join(' ', children.Select(c => c.Name + ":" +
                c.Count));
            return Listed(index, models, new Listing("place", key, place.Name, place.Place?.Description ?? "",
                    place.Articles, p => UrlMap.Place(place.Slug, p), UrlMap.PlaceFeed(place.Slug)),
                page => page with
                {
                    Intro = page.Intro.Length > 0 ? page.Intro : models.T("place_intro", ("name", place.Name)),
                    Parent = parent is null ? null : new LinkModel(parent.Name, urls.Href(UrlMap.Place(parent.Slug))),
                    Sections = children,
                });
        });
        return pages.Prepend(Directory("places", UrlMap.Places(), models.T("places_title"), models.T("places_intro"),
            index.Places.Select(Entry).ToList(), urls, Newest(index.Articles)));
    }

    /// <summary>The notice at each withdrawn article's address, kept so the address never breaks.</summary>
    private static IEnumerable<PlannedPage> Withdrawn(SiteIndex index, PageModelFactory models) =>
        index.Withdrawn.Select(article => new PlannedPage(UrlMap.Article(article.Slug), "pages/withdrawn",
            () => models.Withdrawn(article), null, InSitemap: false)
        {
            Indexable = false,
            Inputs = () => [Convert.ToHexStringLower(article.FileHash), article.RelativePath],
        });
}
