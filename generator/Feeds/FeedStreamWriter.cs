using StaticSite.Content;
using StaticSite.Indexing;

namespace StaticSite.Feeds;

/// <summary>Writes a feed's Atom document and its JSON Feed together, in one pass over its articles, each to its own
/// stream: an article's body is asked for once, made absolute once, written to both and let go, so a month's archive
/// (hundreds of full bodies) is never held in memory whole, neither as bodies nor as documents.</summary>
internal static class FeedStreamWriter
{
    /// <summary>Writes <paramref name="feed"/> as Atom to <paramref name="atom"/> and as JSON Feed to <paramref
    /// name="json"/>, the bytes <see cref="AtomFeedWriter.Write(SiteIndex, FeedDocument, Func{Article, string?})"/>
    /// and <see cref="JsonFeedWriter.Write"/> make; <paramref name="content"/> gives an entry's full HTML (with
    /// absolute addresses), or null for a summary only.</summary>
    public static void Write(SiteIndex index, FeedDocument feed, Func<Article, string?> content, Stream atom,
        Stream json)
    {
        using var xml = AtomFeedWriter.Start(atom, index, feed);
        using var items = JsonFeedWriter.Start(json, index, feed);
        foreach (var article in feed.Articles)
        {
            var html = content(article);
            AtomFeedWriter.Entry(xml, index, article, html);
            JsonFeedWriter.Item(items, index, article, html);
            items.Flush();
        }

        AtomFeedWriter.End(xml, atom);
        JsonFeedWriter.End(items, json);
    }
}
