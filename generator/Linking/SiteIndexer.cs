using StaticSite.Content;

namespace StaticSite.Linking;

/// <summary>The index stage: groups articles by source, topic and translator, and finds related and neighbouring articles.</summary>
public sealed class SiteIndexer
{
    /// <summary>How many related articles an article page lists.</summary>
    public const int RelatedCount = 4;

    /// <summary>Builds the index from validated articles that are already sorted newest first.</summary>
    public SiteIndex Index(LoadedContent content, IReadOnlyList<Article> articles)
    {
        var sources = content.Sources.Values.OrderBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
        var topics = content.Topics.Values.OrderBy(t => t.Title, StringComparer.Ordinal).ThenBy(t => t.Key, StringComparer.Ordinal).ToList();

        var bySource = sources.ToDictionary(s => s.Key, s => (IReadOnlyList<Article>)articles.Where(a => a.Publication.Key == s.Key).ToList(), StringComparer.Ordinal);
        var byTopicLists = topics.ToDictionary(t => t.Key, _ => new List<Article>(), StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var topic in article.Topics) byTopicLists[topic.Key].Add(article);
        }

        var byTopic = byTopicLists.ToDictionary(p => p.Key, p => (IReadOnlyList<Article>)p.Value, StringComparer.Ordinal);

        var translatorSlugs = new Dictionary<string, string>(StringComparer.Ordinal);
        var translatorGroups = new SortedDictionary<string, (string Name, List<Article> Articles)>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var name in article.Translators)
            {
                var slug = SlugForTranslator(name);
                translatorSlugs[name] = slug;
                if (!translatorGroups.TryGetValue(slug, out var group))
                {
                    group = (name, []);
                    translatorGroups[slug] = group;
                }

                group.Articles.Add(article);
            }
        }

        var translators = translatorGroups
            .Select(p => new TranslatorEntry(p.Key, p.Value.Name, p.Value.Articles))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ThenBy(t => t.Slug, StringComparer.Ordinal)
            .ToList();

        var position = new Dictionary<Article, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < articles.Count; i++) position[articles[i]] = i;

        var links = new Dictionary<Article, ArticleLinks>(ReferenceEqualityComparer.Instance);
        var computed = new ArticleLinks[articles.Count];
        Parallel.For(0, articles.Count, i =>
        {
            var article = articles[i];
            computed[i] = new ArticleLinks(
                Related(article, byTopic, position),
                i + 1 < articles.Count ? articles[i + 1] : null,
                i > 0 ? articles[i - 1] : null);
        });
        for (var i = 0; i < articles.Count; i++) links[articles[i]] = computed[i];

        return new SiteIndex(content.Site, new UrlMap(content.Site), articles, sources, bySource, topics, byTopic, translators, translatorSlugs, links, content.Media);
    }

    /// <summary>The slug of a translator's page; names with no ASCII letters get a stable hash-based slug.</summary>
    public static string SlugForTranslator(string name)
    {
        var slug = Slugs.FromName(name);
        if (slug.Length > 0) return slug;
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name));
        return "translator-" + Convert.ToHexStringLower(hash)[..10];
    }

    private static IReadOnlyList<Article> Related(Article article, IReadOnlyDictionary<string, IReadOnlyList<Article>> byTopic, Dictionary<Article, int> position)
    {
        var shared = new Dictionary<Article, int>(ReferenceEqualityComparer.Instance);
        foreach (var topic in article.Topics)
        {
            foreach (var other in byTopic[topic.Key])
            {
                if (ReferenceEquals(other, article)) continue;
                shared[other] = shared.GetValueOrDefault(other) + 1;
            }
        }

        return shared
            .OrderByDescending(p => p.Value)
            .ThenBy(p => Math.Abs(position[p.Key] - position[article]))
            .ThenBy(p => position[p.Key])
            .Take(RelatedCount)
            .Select(p => p.Key)
            .ToList();
    }
}
