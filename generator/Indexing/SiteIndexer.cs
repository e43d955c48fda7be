using StaticSite.Content;

namespace StaticSite.Indexing;

/// <summary>The index stage: groups articles by source, topic and translator, and finds related and neighbouring
/// articles.</summary>
internal sealed class SiteIndexer
{
    /// <summary>How many related articles an article page lists.</summary>
    public const int RelatedCount = 4;

    /// <summary>How many articles on each side of an article, in date order, each of its topics offers as related
    /// candidates; this bounds the work per article, so indexing stays linear in the size of the site.</summary>
    public const int RelatedWindow = 50;

    /// <summary>Builds one index per site language (only the default one when <c>languages</c> lists a single language)
    /// and groups versions by <c>translation_key</c>; articles are already sorted newest first.</summary>
    public SiteIndexSet IndexAll(LoadedContent content, IReadOnlyList<Article> articles)
    {
        var site = content.Site;
        if (site.Languages.Count <= 1) return SiteIndexSet.Single(Index(content, articles));

        var root = new UrlMap(site);
        var languages = site.Languages.Distinct().OrderBy(l => l == site.Language ? 0 : 1).ToList();
        var indexes = languages
            .Select(language => Index(content, articles.Where(a => a.Language == language).ToList(),
                language == site.Language ? "" : language) with
            {
                Language = language,
                RootUrls = root,
            })
            .ToList();

        var order = languages.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var translations = articles
            .Where(a => a.TranslationKey is not null && a.Withdrawn is null)
            .GroupBy(a => a.TranslationKey!, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g =>
                (IReadOnlyList<Article>)g.OrderBy(a => order.GetValueOrDefault(a.Language, int.MaxValue))
                    .ThenBy(a => a.Slug, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        return new SiteIndexSet(indexes, translations);
    }

    /// <summary>Builds one index over <paramref name="articles"/> (sorted newest first), with URLs under the folder of
    /// <paramref name="language"/> when given.</summary>
    public SiteIndex Index(LoadedContent content, IReadOnlyList<Article> articles, string language = "")
    {
        var code = language.Length == 0 ? content.Site.Language : language;
        var withdrawn = articles.Where(a => a.Withdrawn is not null).ToList();
        if (withdrawn.Count > 0) articles = articles.Where(a => a.Withdrawn is null).ToList();
        var site = content.Site with
        {
            Title = content.Site.Titles.GetValueOrDefault(code) ?? content.Site.Title,
            Description = content.Site.Descriptions.GetValueOrDefault(code) ?? content.Site.Description,
        };
        var people = new PeopleIndexer(content.People, code);
        var sources = content.Sources.Values.OrderBy(s => s.Name, StringComparer.Ordinal)
            .ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
        var topics = content.Topics.Values.OrderBy(t => t.Title, StringComparer.Ordinal)
            .ThenBy(t => t.Key, StringComparer.Ordinal).ToList();

        var bySource = Group(sources.Select(s => s.Key), articles, a => [a.Publication.Key]);
        var byTopic = Group(topics.Select(t => t.Key), articles, a => a.Topics.Select(t => t.Key));
        var (translators, translatorSlugs) = people.Group(articles, a => a.Translators, "translator");
        var (reporters, reporterSlugs) = people.Group(articles, a => a.Authors, "reporter");
        var (places, placeSlugs) = PlaceIndexer.Index(articles, content.Places, code);
        return new SiteIndex(site, new UrlMap(site, language), articles, sources, bySource, topics,
            byTopic, translators.Select(t => new TranslatorEntry(t.Slug, t.Name, t.Articles) { Person = t.Person })
                .ToList(), translatorSlugs, Links(articles, byTopic), content.Media)
        {
            Withdrawn = withdrawn,
            Reporters = reporters,
            ReporterSlugs = reporterSlugs,
            Places = places,
            PlaceSlugs = placeSlugs,
            Years = ArchiveIndexer.Years(articles),
            PlaceInfos = content.Places,
            People = content.People,
            Corrections = LoggedCorrection.Of(articles),
        };
    }

    /// <summary>The articles (newest first) filed under each of <paramref name="keys"/>.</summary>
    private static Dictionary<string, IReadOnlyList<Article>> Group(IEnumerable<string> keys,
        IReadOnlyList<Article> articles, Func<Article, IEnumerable<string>> keysOf)
    {
        var lists = keys.ToDictionary(k => k, _ => new List<Article>(), StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var key in keysOf(article)) lists[key].Add(article);
        }

        return lists.ToDictionary(p => p.Key, p => (IReadOnlyList<Article>)p.Value, StringComparer.Ordinal);
    }

    /// <summary>The related articles and the older and newer neighbours of every article.</summary>
    private static Dictionary<Article, ArticleLinks> Links(IReadOnlyList<Article> articles,
        IReadOnlyDictionary<string, IReadOnlyList<Article>> byTopic)
    {
        var position = new Dictionary<Article, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < articles.Count; i++) position[articles[i]] = i;
        var topicPositions = byTopic.ToDictionary(
            p => p.Key, p => p.Value.Select(a => position[a]).ToArray(), StringComparer.Ordinal);
        var computed = new ArticleLinks[articles.Count];
        using var scratch = new ThreadLocal<RelatedScratch>(() => new RelatedScratch(articles.Count));
        Parallel.For(0, articles.Count, i =>
        {
            computed[i] = new ArticleLinks(
                Related(i, articles, topicPositions, scratch.Value!),
                i + 1 < articles.Count ? articles[i + 1] : null,
                i > 0 ? articles[i - 1] : null);
        });
        var links = new Dictionary<Article, ArticleLinks>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < articles.Count; i++) links[articles[i]] = computed[i];
        return links;
    }

    /// <summary>The slug of a translator's page; names with no ASCII letters get a stable hash-based slug.</summary>
    public static string SlugForTranslator(string name) => PeopleIndexer.SlugFor(name, "translator");

    private static IReadOnlyList<Article> Related(
        int self, IReadOnlyList<Article> articles, IReadOnlyDictionary<string, int[]> topicPositions,
            RelatedScratch scratch)
    {
        var counts = scratch.Counts;
        var touched = scratch.Touched;
        touched.Clear();
        foreach (var topic in articles[self].Topics)
        {
            var positions = topicPositions[topic.Key];
            var at = Array.BinarySearch(positions, self);
            if (at < 0) at = ~at;
            var from = Math.Max(0, at - RelatedWindow);
            var to = Math.Min(positions.Length, at + RelatedWindow + 1);
            for (var i = from; i < to; i++)
            {
                var other = positions[i];
                if (other == self) continue;
                if (counts[other]++ == 0) touched.Add(other);
            }
        }

        var best = new List<int>(RelatedCount + 1);
        foreach (var candidate in touched)
        {
            var at = best.Count;
            while (at > 0 && Better(candidate, best[at - 1], self, counts)) at--;
            if (at < RelatedCount)
            {
                best.Insert(at, candidate);
                if (best.Count > RelatedCount) best.RemoveAt(RelatedCount);
            }
        }

        foreach (var position in touched) counts[position] = 0;
        return best.Select(p => articles[p]).ToList();
    }

    private static bool Better(int a, int b, int self, int[] counts)
    {
        if (counts[a] != counts[b]) return counts[a] > counts[b];
        var distanceA = Math.Abs(a - self);
        var distanceB = Math.Abs(b - self);
        return distanceA != distanceB ? distanceA < distanceB : a < b;
    }

    private sealed class RelatedScratch(int size)
    {
        public int[] Counts { get; } = new int[size];
        public List<int> Touched { get; } = [];
    }
}
