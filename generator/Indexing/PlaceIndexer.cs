using StaticSite.Content;

namespace StaticSite.Indexing;

/// <summary>Groups articles by the places they name: a place of <c>places.yml</c> by its key (and each region it lies
/// in gets the article too), any other place by the slug of its name.</summary>
internal static class PlaceIndexer
{
    /// <summary>Every place with articles in <paramref name="articles"/> (by name, then slug), and the slug of every
    /// place name as written.</summary>
    public static (IReadOnlyList<PlaceEntry> Entries, IReadOnlyDictionary<string, string> Slugs) Index(
        IReadOnlyList<Article> articles, IReadOnlyDictionary<string, PlaceInfo> places, string language)
    {
        var registry = NameRegistry.Of(places);
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        var groups = new SortedDictionary<string, (string Name, List<Article> Articles)>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var name in article.Places)
            {
                if (!slugs.TryGetValue(name, out var slug))
                {
                    slug = slugs[name] = registry.KeyOf(name) ?? PeopleIndexer.SlugFor(name, "place");
                }

                for (var at = slug; at is not null; at = places.GetValueOrDefault(at)?.Parent)
                {
                    if (!groups.TryGetValue(at, out var group)) groups[at] = group = (name, []);
                    if (group.Articles.Count == 0 || !ReferenceEquals(group.Articles[^1], article))
                    {
                        group.Articles.Add(article);
                    }
                }
            }
        }

        var entries = groups.Select(p => places.TryGetValue(p.Key, out var place)
                ? new PlaceEntry(p.Key, place.NameIn(language), place, p.Value.Articles) { Parent = place.Parent }
                : new PlaceEntry(p.Key, p.Value.Name, null, p.Value.Articles))
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .ThenBy(e => e.Slug, StringComparer.Ordinal)
            .ToList();
        var children = entries.Where(e => e.Parent is not null).ToLookup(e => e.Parent!, StringComparer.Ordinal);
        return (entries.Select(e => e with { Children = children[e.Slug].Select(c => c.Slug).ToList() }).ToList(),
            slugs);
    }
}
