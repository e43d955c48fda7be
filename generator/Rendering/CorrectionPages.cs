using StaticSite.Indexing;
using StaticSite.Rendering.Models;

namespace StaticSite.Rendering;

/// <summary>The pages of the corrections log (<c>/corrections/</c>, paginated): every correction of one language,
/// newest first, each linking to its place on the corrected article's page.</summary>
internal static class CorrectionPages
{
    /// <summary>The log's pages for <paramref name="index"/>; one page saying there is none when there is no
    /// correction.</summary>
    public static IEnumerable<PlannedPage> Plan(SiteIndex index, PageModelFactory models)
    {
        var log = index.Corrections;
        var size = index.Site.PageSize;
        var total = Math.Max(1, (log.Count + size - 1) / size);
        var empty = log.Count == 0;
        for (var page = 1; page <= total; page++)
        {
            var shown = log.Skip((page - 1) * size).Take(size).ToList();
            var number = page;
            yield return new PlannedPage(UrlMap.Corrections(number), "pages/corrections",
                () => Model(index, models, shown, number, total) with { NoIndex = empty },
                shown.Count > 0 ? shown[0].Correction.Date.IsoDate : null, InSitemap: !empty)
            {
                Indexable = !empty,
                Inputs = () => shown
                    .Select(c => string.Join('\u001f', c.Article.Slug, c.Article.Title, c.Number,
                        c.Correction.Date.Machine, c.Correction.Text))
                    .Prepend($"corrections {number} {total} {log.Count}"),
            };
        }
    }

    private static CorrectionsPageModel Model(SiteIndex index, PageModelFactory models,
        List<LoggedCorrection> shown, int page, int total)
    {
        var urls = index.Urls;
        var heading = models.T("corrections_title");
        var intro = models.T("corrections_intro");
        return new CorrectionsPageModel
        {
            Title = page == 1 ? heading : models.PageOf(heading, page, total),
            Heading = heading,
            Intro = intro,
            Description = intro,
            CanonicalUrl = urls.Absolute(UrlMap.Corrections(page)),
            FeedUrl = urls.Href(UrlMap.CorrectionsFeed()),
            FeedTitle = models.T("corrections_feed_title", ("site", index.Site.Title)),
            Entries = shown.Select(c =>
            {
                var article = urls.Href(UrlMap.Article(c.Article.Slug));
                return new CorrectionEntryModel(models.Date(c.Correction.Date), new LinkModel(c.Article.Title, article),
                    article + "#" + c.Anchor, c.Correction.Text);
            }).ToList(),
            TotalCorrections = index.Corrections.Count,
            Pagination = models.Pagination(page, total, UrlMap.Corrections),
        };
    }
}
