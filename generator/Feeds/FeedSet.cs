using StaticSite.Content;
using StaticSite.Indexing;
using StaticSite.Output;

namespace StaticSite.Feeds;

/// <summary>Every feed of one language of the site, each as Atom and as JSON Feed: the site's own feed (the newest
/// month, and at least the newest <see cref="AtomFeedWriter.EntryCount"/> articles) with an RFC 5005 archive document for
/// every earlier month, and the newest articles of each source, topic, translator, reporter and place.</summary>
internal static class FeedSet
{
    /// <summary>The feeds of <paramref name="index"/>; <paramref name="title"/> names a feed in the index's language
    /// from its kind (<c>site</c>, <c>month</c>, <c>source</c>, <c>topic</c>, <c>translator</c>, <c>reporter</c>,
    /// <c>place</c>) and the name of what it follows (a month as <c>yyyy-MM</c>).</summary>
    public static IReadOnlyList<FeedDocument> Plan(SiteIndex index, Func<string, string, string> title)
    {
        var count = AtomFeedWriter.EntryCount;
        var months = index.Years.SelectMany(y => y.Months).ToList();
        var archives = months.Skip(1).ToList();
        var open = new HashSet<Article>(months.Count > 0 ? months[0].Articles : [], ReferenceEqualityComparer.Instance);
        var feeds = new List<FeedDocument>
        {
            new(UrlMap.Feed(), title("site", ""), UrlMap.Home(),
                index.Articles.Where((a, i) => i < count || open.Contains(a)).ToList())
            {
                PrevArchive = archives.Count > 0 ? MonthFeed(archives[0]) : null,
            },
        };
        feeds.AddRange(archives.Select((month, i) =>
            new FeedDocument(MonthFeed(month), title("month", $"{month.Year:0000}-{month.Month:00}"),
                UrlMap.ArchiveMonth(month.Year, month.Month), month.Articles)
            {
                IsArchive = true,
                PrevArchive = i + 1 < archives.Count ? MonthFeed(archives[i + 1]) : null,
                NextArchive = i > 0 ? MonthFeed(archives[i - 1]) : null,
            }));
        feeds.AddRange(index.Sources.Select(s => new FeedDocument(UrlMap.SourceFeed(s.Key), title("source", s.Name),
            UrlMap.Source(s.Key), index.BySource[s.Key].Take(count).ToList())));
        feeds.AddRange(index.Topics.Select(t => new FeedDocument(UrlMap.TopicFeed(t.Key), title("topic", t.Title),
            UrlMap.Topic(t.Key), index.ByTopic[t.Key].Take(count).ToList())));
        feeds.AddRange(index.Translators.Select(t => new FeedDocument(UrlMap.TranslatorFeed(t.Slug),
            title("translator", t.Name), UrlMap.Translator(t.Slug), t.Articles.Take(count).ToList())));
        feeds.AddRange(index.Reporters.Select(r => new FeedDocument(UrlMap.ReporterFeed(r.Slug),
            title("reporter", r.Name), UrlMap.Reporter(r.Slug), r.Articles.Take(count).ToList())));
        feeds.AddRange(index.Places.Select(p => new FeedDocument(UrlMap.PlaceFeed(p.Slug), title("place", p.Name),
            UrlMap.Place(p.Slug), p.Articles.Take(count).ToList())));
        return feeds;
    }

    /// <summary>The Atom path of a month's archive document.</summary>
    public static string MonthFeed(ArchiveMonth month) => UrlMap.ArchiveMonthFeed(month.Year, month.Month);

    /// <summary>Whether a month has an archive document: every month but the newest, whose articles are in the site
    /// feed.</summary>
    public static bool HasArchive(SiteIndex index, ArchiveMonth month) =>
        index.Years.Count > 0 && !ReferenceEquals(index.Years[0].Months[0], month);

    /// <summary>Adds the Atom and the JSON Feed of each of <paramref name="feeds"/> to <paramref name="output"/>;
    /// <paramref name="body"/> gives an article's body HTML as its page shows it (null: summary only), which each
    /// feed carries with absolute addresses. Both documents of a feed are written as streams in one pass over its
    /// articles (see <see cref="FeedStreamWriter"/>), so only the body being written is in memory. At most one feed
    /// per core is made at a time: writing blocks on the disk, which would otherwise make the thread pool add
    /// threads.</summary>
    public static void Write(SiteIndex index, IReadOnlyList<FeedDocument> feeds, Func<Article, string?> body,
        OutputSet output)
    {
        var origin = new Uri(index.RootUrls.Absolute(UrlMap.Home())).GetLeftPart(UriPartial.Authority);
        var prefix = index.Urls.Prefix;
        string? Content(Article article) => body(article) is { } html
            ? FeedHtml.Absolutize(html, origin, index.Urls.Absolute(UrlMap.Article(article.Slug)))
            : null;
        Parallel.ForEach(feeds, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, feed =>
            output.AddStream(UrlMap.OutputFile(prefix + feed.Path), atom =>
                output.AddStream(UrlMap.OutputFile(prefix + UrlMap.JsonFeed(feed.Path)), json =>
                    FeedStreamWriter.Write(index, feed, Content, atom, json))));
        output.AddText(UrlMap.OutputFile(prefix + UrlMap.CorrectionsFeed()), CorrectionFeedWriter.Write(index));
        output.AddBytes(UrlMap.OutputFile(prefix + UrlMap.CorrectionsJsonFeed()), CorrectionJsonFeedWriter.Write(index));
    }

    /// <summary>The site paths of every feed of <paramref name="index"/> (Atom and JSON), so links to them can be
    /// checked before they are written.</summary>
    public static IEnumerable<string> Paths(SiteIndex index) =>
        Plan(index, (_, name) => name)
            .SelectMany(f => new[] { f.Path, UrlMap.JsonFeed(f.Path) })
            .Append(UrlMap.CorrectionsFeed())
            .Append(UrlMap.CorrectionsJsonFeed())
            .Select(path => index.Urls.Prefix + path);
}
