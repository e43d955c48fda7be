using System.Collections.Concurrent;
using StaticSite.Diagnostics;

namespace StaticSite.Content;

/// <summary>Finds the registry entry (a place of <c>places.yml</c>, a person of <c>people.yml</c>) that a name written
/// in an article means: the entry whose name, or name in any language, is written exactly so, else the entry whose key
/// is the name's slug.</summary>
internal sealed class NameRegistry
{
    private readonly Dictionary<string, string> _byName = new(StringComparer.Ordinal);
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> _similar = new(StringComparer.Ordinal);

    /// <summary>A registry of <paramref name="entries"/>, each a key with the names it is known by; when two entries
    /// share a name, the first key in ordinal order keeps it.</summary>
    public NameRegistry(IEnumerable<(string Key, IEnumerable<string> Names)> entries)
    {
        foreach (var (key, names) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            _keys.Add(key);
            foreach (var name in names) _byName.TryAdd(name, key);
        }
    }

    /// <summary>The registry of the places of <c>places.yml</c>.</summary>
    public static NameRegistry Of(IReadOnlyDictionary<string, PlaceInfo> places) =>
        new(places.Values.Select(p => (p.Key, p.Names.Values.Prepend(p.Name))));

    /// <summary>The registry of the people of <c>people.yml</c>.</summary>
    public static NameRegistry Of(IReadOnlyDictionary<string, PersonInfo> people) =>
        new(people.Values.Select(p => (p.Key, p.Names.Values.Prepend(p.Name))));

    /// <summary>Whether the registry has no entry.</summary>
    public bool IsEmpty => _keys.Count == 0;

    /// <summary>The key of the entry <paramref name="written"/> names, or null when it names none.</summary>
    public string? KeyOf(string written) =>
        _byName.TryGetValue(written, out var key) ? key
        : _keys.Contains(Slugs.FromName(written)) ? Slugs.FromName(written)
        : null;

    /// <summary>For a name that names no entry, a registered name that differs from it only in case or a letter or
    /// two (<c>hyesan</c>, <c>Hyesann</c> for Hyesan), or null.</summary>
    public string? Similar(string written) => _similar.GetOrAdd(written, w =>
    {
        var lower = w.ToLowerInvariant();
        var limit = Math.Max(1, w.Length / 4);
        return _byName.Keys
            .Select(name => (Name: name, Distance: Suggestions.Distance(lower, name.ToLowerInvariant())))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();
    });
}
