using System.Collections.Concurrent;
using System.Globalization;
using StaticSite.Content;
using StaticSite.Indexing;
using StaticSite.Rendering.Models;

namespace StaticSite.Rendering;

/// <summary>Turns index entries into the small page models templates see; every URL it hands out comes from the <see
/// cref="UrlMap"/>.</summary>
internal sealed class PageModelFactory(SiteIndex index, SiteIndexSet? all = null, InterfaceStrings? strings = null)
{
    private readonly UrlMap _urls = index.Urls;
    private readonly string _dateFormat = (strings ?? InterfaceStrings.None)
        .Get(index.Language, index.Site.Language, "date_format") is var f && f != "date_format" ? f : "d MMMM yyyy";

    private readonly string _dateTimeFormat = (strings ?? InterfaceStrings.None)
        .Get(index.Language, index.Site.Language, "date_time_format") is var f && f != "date_time_format" ? f
            : "d MMMM yyyy, HH:mm 'UTC'zzz";

    /// <summary>An interface string of this index's language, with placeholders filled.</summary>
    public string T(string key, params (string Name, object Value)[] values) =>
        (strings ?? InterfaceStrings.None).Get(index.Language, index.Site.Language, key, values);

    /// <summary>"<paramref name="title"/> (page <paramref name="page"/> of <paramref name="total"/>)" in this
    /// language.</summary>
    public string PageOf(string title, int page, int total) =>
        T("page_of", ("title", title), ("page", page), ("total", total));

    /// <summary>The site-wide model of this index's language; asset URLs are the fingerprinted ones from <paramref
    /// name="assets"/>.</summary>
    public SiteModel Site(AssetManifest assets) => new(
        index.Site.Title, index.Site.Description, index.Language,
        _urls.Href(UrlMap.Home()), _urls.Href(UrlMap.Sources()), _urls.Href(UrlMap.Topics()),
            _urls.Href(UrlMap.Translators()),
        _urls.Href(UrlMap.Feed()), _urls.Absolute(UrlMap.Feed()),
            index.RootUrls.Href("/" + assets.OutputPath("assets/style.css")),
        all is null || all.Languages.Count < 2
            ? []
            : all.Languages.Select(l => new LanguageLinkModel(
                l.Language, LanguageNames.Native(l.Language), l.Urls.Href(UrlMap.Home()),
                    l.Urls.Absolute(UrlMap.Home()), l.Language == index.Language)).ToList(),
        index.Site.Language,
        _urls.Href(UrlMap.Search()),
        LanguageNames.Locale(index.Language))
    {
        ArchiveUrl = _urls.Href(UrlMap.Archive()),
        ReportersUrl = _urls.Href(UrlMap.Reporters()),
        PlacesUrl = _urls.Href(UrlMap.Places()),
        SocialImage = SocialImages.ForSite(index),
        StylesheetIntegrity = assets.Integrity("assets/style.css"),
        CorrectionsUrl = _urls.Href(UrlMap.Corrections()),
        Assets = assets.Files.ToDictionary(
            f => f.Asset["assets/".Length..],
            f => new AssetModel(index.RootUrls.Href("/" + f.OutputPath), assets.Integrity(f.Asset)),
            StringComparer.Ordinal),
    };

    /// <summary>The article in every language it exists in (itself included), or empty when it has one
    /// version.</summary>
    public IReadOnlyList<LanguageLinkModel> Translations(Article article)
    {
        if (all is null) return [];
        var others = all.OtherVersions(article);
        if (others.Count == 0) return [];
        return others.Append(article)
            .Select(a => (Article: a, Urls: all.IndexOf(a).Urls))
            .OrderBy(v => all.Languages.ToList().FindIndex(l => l.Language == v.Article.Language))
            .ThenBy(v => v.Article.Slug, StringComparer.Ordinal)
            .Select(v => new LanguageLinkModel(
                v.Article.Language, LanguageNames.Native(v.Article.Language),
                    v.Urls.Href(UrlMap.Article(v.Article.Slug)), v.Urls.Absolute(UrlMap.Article(v.Article.Slug)),
                        ReferenceEquals(v.Article, article)))
            .ToList();
    }

    /// <summary>The title of a feed in this language: <paramref name="kind"/> is <c>site</c>, <c>month</c> (with
    /// <paramref name="name"/> as <c>yyyy-MM</c>), <c>source</c>, <c>topic</c>, <c>translator</c>, <c>reporter</c> or
    /// <c>place</c>.</summary>
    public string FeedTitle(string kind, string name) =>
        T("feed_title_" + kind, ("name", name), ("site", index.Site.Title),
            ("month", kind == "month" && name.Length == 7 ? MonthName(int.Parse(name[..4], CultureInfo.InvariantCulture),
                int.Parse(name[5..], CultureInfo.InvariantCulture)) : name));

    /// <summary>A month as this language names it (June 2021, 2021년 6월).</summary>
    public string MonthName(int year, int month)
    {
        var format = T("month_format") is var f && f != "month_format" ? f : "MMMM yyyy";
        return new ContentDate(new DateTimeOffset(year, month, 1, 0, 0, 0, TimeSpan.Zero), false).DisplayAs(format);
    }
    /// <summary>A date for templates, written the way this language writes dates, with its time and zone when one
    /// was given.</summary>
    public DateModel Date(ContentDate date) =>
        new(date.DisplayAs(date.HasTime ? _dateTimeFormat : _dateFormat), date.Machine) { Zoned = date.Rfc3339 };

    /// <summary>A date for templates written as a day only, even when it has a time: a commit's time in the revision
    /// history tells a reader nothing the day does not.</summary>
    public DateModel Day(ContentDate date) => new(date.DisplayAs(_dateFormat), date.Machine) { Zoned = date.Rfc3339 };

    /// <summary>A translator's link.</summary>
    public LinkModel Translator(string name) => new(name, _urls.Href(UrlMap.Translator(index.TranslatorSlugs[name])));

    /// <summary>A reporter's link.</summary>
    public LinkModel Reporter(string name) => new(name, _urls.Href(UrlMap.Reporter(
        index.ReporterSlugs.GetValueOrDefault(name) ?? PeopleIndexer.SlugFor(name, "reporter"))));

    /// <summary>A place's link, named as this language names it when the place is in places.yml.</summary>
    public LinkModel Place(string name)
    {
        var slug = index.PlaceSlugs.GetValueOrDefault(name) ?? PeopleIndexer.SlugFor(name, "place");
        var shown = index.PlaceInfos.TryGetValue(slug, out var place) ? place.NameIn(index.Language) : name;
        return new LinkModel(shown, _urls.Href(UrlMap.Place(slug)));
    }

    /// <summary>The archive page of the month <paramref name="date"/> lies in.</summary>
    public string MonthUrl(ContentDate date) => _urls.Href(UrlMap.ArchiveMonth(date.Value.Year, date.Value.Month));

    /// <summary>The notice at a withdrawn article's address.</summary>
    public WithdrawnPageModel Withdrawn(Article a)
    {
        var withdrawal = a.Withdrawn ?? throw new ArgumentException("the article stands", nameof(a));
        return new WithdrawnPageModel
        {
            Title = T("withdrawn_title", ("title", a.Title)),
            Description = T("withdrawn_description", ("reason", withdrawal.Reason)),
            CanonicalUrl = _urls.Absolute(UrlMap.Article(a.Slug)),
            NoIndex = true,
            Headline = a.Title,
            Published = Date(a.Date),
            WithdrawnOn = Date(withdrawal.Date),
            Reason = withdrawal.Reason,
            Source = Source(a.Publication),
            Language = a.Language,
        };
    }

    /// <summary>A topic's link.</summary>
    public LinkModel Topic(TopicInfo topic) => new(topic.Title, _urls.Href(UrlMap.Topic(topic.Key)));

    /// <summary>A source's link.</summary>
    public LinkModel Source(SourceInfo source) => new(source.Name, _urls.Href(UrlMap.Source(source.Key)));

    /// <summary>The digest of the article's list entry (see <see cref="CardDigests"/>), made once per article; pages
    /// that list the article are fingerprinted with it.</summary>
    public string CardDigest(Article a) => _cardDigests.GetOrAdd(a, article => CardDigests.Of(Card(article)));

    private readonly ConcurrentDictionary<Article, string> _cardDigests = new(ReferenceEqualityComparer.Instance);

    /// <summary>An article as a list entry (made each time it is listed: keeping one per article would hold 100,000 of
    /// them through a large build).</summary>
    public ArticleCardModel Card(Article a) => new(
        a.Title, _urls.Href(UrlMap.Article(a.Slug)), Date(a.Date), a.Summary, Source(a.Publication),
        a.Translators.Select(Translator).ToList(), a.Topics.Select(Topic).ToList(), a.Language);

    /// <summary>The full article page; <paramref name="indexed"/> is the version of the article the index holds when
    /// <paramref name="a"/> is a newer edit of it (same slug and language), as in a <c>serve</c> preview.</summary>
    public ArticlePageModel Article(Article a, SafeHtml body, Article? indexed = null)
    {
        var links = index.Links[indexed ?? a];
        var history = ArticleHistory.Of(a, Day, index.Site.Repository);
        return new ArticlePageModel
        {
            Title = a.Title,
            Description = a.Summary,
            CanonicalUrl = _urls.Absolute(UrlMap.Article(a.Slug)),
            OgType = "article",
            StructuredDataSource = new(() => StructuredData.Article(a, index)),
            SocialImage = SocialImages.ForArticle(a, index),
            FeedUrl = _urls.Href(UrlMap.SourceFeed(a.Publication.Key)),
            FeedTitle = $"{a.Publication.Name} — {index.Site.Title}",
            Language = a.Language,
            Summary = a.Summary,
            Standfirst = a.SummaryIsExplicit ? a.Summary : null,
            Authors = a.Authors,
            Translators = a.Translators.Select(Translator).ToList(),
            Date = Date(a.Date),
            Updated = a.Updated is { } u ? Date(u) : a.Revised is { } r ? Day(r) : null,
            Provenance = new ProvenanceModel(
                Source(a.Publication), a.Publication.Url, a.OriginalUrl, a.OriginalTitle,
                a.OriginalLanguage, LanguageNames.In(a.OriginalLanguage, a.Language), a.OriginalPublished is { } p
                    ? Date(p) : null)
            {
                Archived = a.Archived is { } copy ? new ArchivedCopyModel(copy.Url, Date(copy.Date)) : null,
            },
            Image = a.Image is { } i ? Image(a, i) : null,
            Body = body,
            Topics = a.Topics.Select(Topic).ToList(),
            Places = a.Places,
            Corrections = a.Corrections.Select((c, i) => new CorrectionModel(Date(c.Date), c.Text)
            {
                Id = LoggedCorrection.AnchorOf(i + 1),
            }).ToList(),
            AuthorLinks = a.Authors.Select(Reporter).ToList(),
            PlaceLinks = a.Places.Select(Place).ToList(),
            ArchiveUrl = MonthUrl(a.Date),
            History = history.Lines,
            HistoryHidden = history.Hidden,
            CorrectionsLogUrl = _urls.Href(UrlMap.Corrections()),
            Related = links.Related.Select(Card).ToList(),
            Translations = Translations(indexed ?? a),
            Older = links.Older is { } o ? new LinkModel(o.Title, _urls.Href(UrlMap.Article(o.Slug))) : null,
            Newer = links.Newer is { } n ? new LinkModel(n.Title, _urls.Href(UrlMap.Article(n.Slug))) : null,
        };
    }

    /// <summary>An article's lead image: a published photograph as a picture, anything else as it was
    /// written.</summary>
    private ImageModel Image(Article a, ArticleImage i)
    {
        if (SocialImages.Photo(a, index) is { } photo)
        {
            var picture = Pictures.Of(photo, index.RootUrls.Href, Pictures.LeadSizes);
            return new ImageModel(picture.Src, i.Alt, i.Caption, i.Credit, picture);
        }

        return new ImageModel(i.Src is { } src && UrlRules.IsSiteRelative(src) ? index.RootUrls.Href(src) : i.Src,
            i.Alt, i.Caption, i.Credit);
    }

    /// <summary>The <c>CollectionPage</c> data of a source or topic list page, listing the articles it shows.</summary>
    public SafeHtml Collection(ListPageModel page, IEnumerable<Article> shown) =>
        StructuredData.Collection(page.Title, page.Description, page.CanonicalUrl, index.Language,
            shown.Select(a => _urls.Absolute(UrlMap.Article(a.Slug))));

    /// <summary>Pagination for page <paramref name="current"/> of <paramref name="total"/>, with a window of numbered
    /// links.</summary>
    public PaginationModel Pagination(int current, int total, Func<int, string> pathOf)
    {
        var first = Math.Max(1, current - 2);
        var last = Math.Min(total, current + 2);
        var pages = new List<PageLinkModel>();
        if (first > 1) pages.Add(new PageLinkModel(1, _urls.Href(pathOf(1)), false));
        for (var n = first; n <= last; n++) pages.Add(new PageLinkModel(n, _urls.Href(pathOf(n)), n == current));
        if (last < total) pages.Add(new PageLinkModel(total, _urls.Href(pathOf(total)), false));
        return new PaginationModel(
            current, total,
            current > 1 ? _urls.Href(pathOf(current - 1)) : null,
            current < total ? _urls.Href(pathOf(current + 1)) : null,
            total > 1 ? pages : []);
    }
}
