using System.Security.Cryptography;
using System.Text;
using StaticSite.Content;

namespace StaticSite.Indexing;

/// <summary>Groups articles by the people named in them (reporters, translators): one page per person, whose slug is
/// their key in <c>people.yml</c> when the name is registered there, else made from the name.</summary>
internal sealed class PeopleIndexer(IReadOnlyDictionary<string, PersonInfo> people, string language)
{
    private readonly NameRegistry _registry = NameRegistry.Of(people);

    /// <summary>Each person <paramref name="namesOf"/> finds in <paramref name="articles"/> (by name, then slug) and the
    /// slug of every name as written; <paramref name="kind"/> prefixes the hash-based slug of a name with no ASCII
    /// letters.</summary>
    public (IReadOnlyList<PersonEntry> Entries, IReadOnlyDictionary<string, string> Slugs) Group(
        IReadOnlyList<Article> articles, Func<Article, IReadOnlyList<string>> namesOf, string kind)
    {
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        var groups = new SortedDictionary<string, (string Name, List<Article> Articles)>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var name in namesOf(article))
            {
                if (!slugs.TryGetValue(name, out var slug))
                {
                    slug = slugs[name] = _registry.KeyOf(name) ?? SlugFor(name, kind);
                }

                if (!groups.TryGetValue(slug, out var group)) groups[slug] = group = (name, []);
                if (group.Articles.Count == 0 || !ReferenceEquals(group.Articles[^1], article))
                {
                    group.Articles.Add(article);
                }
            }
        }

        var entries = groups
            .Select(p => people.TryGetValue(p.Key, out var person)
                ? new PersonEntry(p.Key, person.NameIn(language), person, p.Value.Articles)
                : new PersonEntry(p.Key, p.Value.Name, null, p.Value.Articles))
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .ThenBy(e => e.Slug, StringComparer.Ordinal)
            .ToList();
        return (entries, slugs);
    }

    /// <summary>The slug of a name: made from its letters, or, when it has no ASCII letters, <paramref name="kind"/>
    /// and a stable hash of it (<c>reporter-3f2a…</c>).</summary>
    public static string SlugFor(string name, string kind)
    {
        var slug = Slugs.FromName(name);
        if (Slugs.IsSafe(slug)) return slug;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        return kind + "-" + Convert.ToHexStringLower(hash)[..10];
    }
}
