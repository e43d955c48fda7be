using System.Text.Json;
using StaticSite.Content;
using StaticSite.Indexing;

namespace StaticSite.Search;

/// <summary>The facets a search can be narrowed by, except language (each language has its own index, and the page
/// links to the others): each article's source, year, topics and translators as numbers into lists of names.</summary>
internal sealed class SearchFacets
{
    private readonly IReadOnlyList<Article> _articles;
    private readonly List<SourceInfo> _sources;
    private readonly List<TopicInfo> _topics;
    private readonly List<string> _translators;
    private readonly List<int> _years;
    private readonly IReadOnlyDictionary<string, string> _slugs;

    /// <summary>The facets of <paramref name="articles"/>, in document order, from <paramref name="index"/>.</summary>
    public SearchFacets(SiteIndex index, IReadOnlyList<Article> articles)
    {
        _articles = articles;
        _slugs = index.TranslatorSlugs;
        _sources = articles.Select(a => a.Publication).DistinctBy(s => s.Key).OrderBy(s => s.Key, StringComparer
            .Ordinal).ToList();
        _topics = articles.SelectMany(a => a.Topics).DistinctBy(t => t.Key).OrderBy(t => t.Key, StringComparer.Ordinal)
            .ToList();
        _translators = articles.SelectMany(a => a.Translators).Distinct().OrderBy(t => _slugs[t], StringComparer
            .Ordinal).ToList();
        _years = articles.Select(a => a.Date.Value.Year).Distinct().Order().ToList();
    }

    /// <summary>Each article's source, year, topics and translators as variable-length numbers: the article count,
    /// then per article the source's and the year's place in their lists, the topic count and topics, the translator
    /// count and translators.</summary>
    public byte[] Documents()
    {
        var sources = _sources.Select((s, i) => (s.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        var topics = _topics.Select((t, i) => (t.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        var translators = _translators.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i,
            StringComparer.Ordinal);
        var bytes = new List<byte>(_articles.Count * 6);
        VarInt.Write(bytes, _articles.Count);
        foreach (var article in _articles)
        {
            VarInt.Write(bytes, sources[article.Publication.Key]);
            VarInt.Write(bytes, _years.BinarySearch(article.Date.Value.Year));
            var ids = article.Topics.Select(t => topics[t.Key]).Distinct().Order().ToList();
            VarInt.Write(bytes, ids.Count);
            ids.ForEach(id => VarInt.Write(bytes, id));
            ids = article.Translators.Select(t => translators[t]).Distinct().Order().ToList();
            VarInt.Write(bytes, ids.Count);
            ids.ForEach(id => VarInt.Write(bytes, id));
        }

        return [.. bytes];
    }

    /// <summary>Writes the facets' values as <c>facets</c>: per facet, its values' keys (as the page's address
    /// carries them) and names.</summary>
    public void WriteNames(Utf8JsonWriter w)
    {
        w.WriteStartObject("facets");
        Write(w, "source", _sources.Select(s => (s.Key, s.Name)));
        Write(w, "year", _years.Select(y => (y.ToString("D4"), y.ToString("D4"))));
        Write(w, "topic", _topics.Select(t => (t.Key, t.Title)));
        Write(w, "translator", _translators.Select(t => (_slugs[t], t)));
        w.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter w, string facet, IEnumerable<(string Key, string Name)> values)
    {
        w.WriteStartArray(facet);
        foreach (var (key, name) in values)
        {
            w.WriteStartArray();
            w.WriteStringValue(key);
            w.WriteStringValue(name);
            w.WriteEndArray();
        }

        w.WriteEndArray();
    }
}
