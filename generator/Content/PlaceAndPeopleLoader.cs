using System.Globalization;
using StaticSite.Content.Files;
using StaticSite.Diagnostics;

namespace StaticSite.Content;

/// <summary>Reads the optional registries <c>places.yml</c> and <c>people.yml</c>, and the language-keyed names both
/// (and <c>site.yml</c>) use; every problem is reported at its line and the rest of the entry is kept.</summary>
internal static class PlaceAndPeopleLoader
{
    /// <summary>The places of <c>places.yml</c> (empty when there is none); a parent that is not a place, or a chain
    /// of parents that comes back to a place, is an error and is dropped.</summary>
    public static IReadOnlyDictionary<string, PlaceInfo> ReadPlaces(IFileTree tree, IReadOnlyList<string> files,
        DiagnosticBag diagnostics)
    {
        var parents = new Dictionary<string, Located<string>>(StringComparer.Ordinal);
        var places = RegistryLoader.ReadEntries(tree, files, "places.yml", "place", (PlaceInfo.FieldNames, "a 'name'"),
            diagnostics, (entry, p) =>
            {
                var name = p.Text("name");
                if (name is null) diagnostics.Error(entry.KeyAt, $"place '{entry.Key}' needs a 'name'");
                if (p.Text("parent") is { } parent) parents[entry.Key] = parent;
                var (latitude, longitude) = Coordinates(p, diagnostics);
                return new PlaceInfo(entry.Key, name?.Value ?? entry.Key, LanguageTexts(p, "names", diagnostics),
                    null, latitude, longitude, p.Text("description")?.Value ?? "");
            }, optional: true);
        foreach (var (key, parent) in parents.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (places.ContainsKey(parent.Value)) places[key] = places[key] with { Parent = parent.Value };
            else diagnostics.Error(parent.At, $"unknown parent place '{parent.Value}'" +
                $"{Suggestions.DidYouMean(parent.Value, places.Keys)}; a parent is another key of places.yml");
        }

        foreach (var key in places.Keys.Order(StringComparer.Ordinal).ToList())
        {
            var chain = new List<string> { key };
            for (var at = places[key].Parent; at is not null && chain.Count <= places.Count;
                at = places[at].Parent)
            {
                chain.Add(at);
                if (at != key) continue;
                diagnostics.Error(parents[key].At,
                    $"place '{key}' lies inside itself through its parents ({string.Join(" → ", chain)})");
                places[key] = places[key] with { Parent = null };
                break;
            }
        }

        return places;
    }

    /// <summary>The reporters and translators of <c>people.yml</c> (empty when there is none).</summary>
    public static IReadOnlyDictionary<string, PersonInfo> ReadPeople(IFileTree tree, IReadOnlyList<string> files,
        DiagnosticBag diagnostics) =>
        RegistryLoader.ReadEntries(tree, files, "people.yml", "person", (PersonInfo.FieldNames, "a 'name'"),
            diagnostics, (entry, p) =>
            {
                var name = p.Text("name");
                if (name is null) diagnostics.Error(entry.KeyAt, $"person '{entry.Key}' needs a 'name'");
                var sameAs = p.Text("same_as");
                if (sameAs is { } link && !UrlRules.IsAbsoluteHttp(link.Value))
                {
                    diagnostics.Error(link.At, $"'same_as' must be an absolute http(s) address, not '{link.Value}'");
                    sameAs = null;
                }

                return new PersonInfo(entry.Key, name?.Value ?? entry.Key, LanguageTexts(p, "names", diagnostics),
                    p.Text("bio")?.Value ?? "", sameAs?.Value);
            }, optional: true);

    /// <summary>A mapping of language code to text (such as <c>names: {ko: 혜산}</c>); a key that is not a language
    /// code is reported at its line.</summary>
    public static IReadOnlyDictionary<string, string> LanguageTexts(YamlFields f, string key,
        DiagnosticBag diagnostics)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (f.Nested(key, $"'{key}'") is not { } nested) return texts;
        foreach (var entry in nested.Mapping.Entries)
        {
            if (!LanguageNames.IsValidCode(entry.Key))
            {
                diagnostics.Error(entry.KeyAt, $"the keys of '{key}' are language codes such as ko, not '{entry.Key}'");
                continue;
            }

            if (nested.Text(entry.Key) is { } text && text.Value.Length > 0) texts[entry.Key] = text.Value;
        }

        return texts;
    }

    private static (double? Latitude, double? Longitude) Coordinates(YamlFields p, DiagnosticBag diagnostics)
    {
        var values = p.TextList("coordinates");
        if (values.Count == 0) return (null, null);
        var numbers = values.Select(v => double.TryParse(v.Value, NumberStyles.Float, CultureInfo.InvariantCulture,
            out var n) ? n : double.NaN).ToList();
        if (numbers is [var latitude, var longitude] && latitude is >= -90 and <= 90
            && longitude is >= -180 and <= 180)
        {
            return (latitude, longitude);
        }

        diagnostics.Error(p.KeyAt("coordinates"),
            "'coordinates' must be [latitude, longitude] in degrees, such as [41.40, 128.18]");
        return (null, null);
    }
}
