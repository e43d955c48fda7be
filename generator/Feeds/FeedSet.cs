using StaticSite.Indexing;
using StaticSite.Output;

namespace StaticSite.Feeds;

/// <summary>Every Atom feed of one language of the site: the site's own, and one per source and per topic.</summary>
internal static class FeedSet
{
    /// <summary>Adds each feed of <paramref name="index"/> to <paramref name="output"/>.</summary>
    public static void Write(SiteIndex index, OutputSet output)
    {
        var title = index.Site.Title;
        var prefix = index.Urls.Prefix;
        output.AddText(UrlMap.OutputFile(prefix + UrlMap.Feed()),
            AtomFeedWriter.Write(index, title, UrlMap.Feed(), UrlMap.Home(), index.Articles));
        foreach (var source in index.Sources)
        {
            output.AddText(UrlMap.OutputFile(prefix + UrlMap.SourceFeed(source.Key)), AtomFeedWriter.Write(index,
                $"{source.Name} — {title}", UrlMap.SourceFeed(source.Key), UrlMap.Source(source.Key),
                    index.BySource[source.Key]));
        }

        output.AddText(UrlMap.OutputFile(prefix + UrlMap.CorrectionsFeed()), CorrectionFeedWriter.Write(index));
        output.AddBytes(UrlMap.OutputFile(prefix + UrlMap.CorrectionsJsonFeed()), CorrectionJsonFeedWriter.Write(index));
        foreach (var topic in index.Topics)
        {
            output.AddText(UrlMap.OutputFile(prefix + UrlMap.TopicFeed(topic.Key)), AtomFeedWriter.Write(index,
                $"{topic.Title} — {title}", UrlMap.TopicFeed(topic.Key), UrlMap.Topic(topic.Key),
                    index.ByTopic[topic.Key]));
        }
    }

    /// <summary>The site paths of every feed of <paramref name="index"/>, so links to them can be checked before they
    /// are written.</summary>
    public static IEnumerable<string> Paths(SiteIndex index) =>
        index.Sources.Select(s => UrlMap.SourceFeed(s.Key))
            .Concat(index.Topics.Select(t => UrlMap.TopicFeed(t.Key)))
            .Prepend(UrlMap.Feed())
            .Append(UrlMap.CorrectionsFeed())
            .Append(UrlMap.CorrectionsJsonFeed())
            .Select(path => index.Urls.Prefix + path);
}
