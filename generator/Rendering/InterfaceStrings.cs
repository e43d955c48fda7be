using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Scriban.Runtime;
using StaticSite.Content.Files;
using StaticSite.Content.Yaml;
using StaticSite.Diagnostics;

namespace StaticSite.Rendering;

/// <summary>The words of the interface in each language, from <c>templates/i18n/&lt;lang&gt;.yml</c>, offered to
/// templates as <c>t</c>; a missing string falls back to the site language, then to English.</summary>
internal sealed class InterfaceStrings
{
    private readonly Dictionary<string, Dictionary<string, string>> _byLanguage;
    private readonly ConcurrentDictionary<(string, string), ScriptObject> _merged = new();

    private InterfaceStrings(Dictionary<string, Dictionary<string, string>> byLanguage, string text)
    {
        _byLanguage = byLanguage;
        Text = text;
    }

    /// <summary>All string files together, for page fingerprints.</summary>
    public string Text { get; }

    /// <summary>The languages that have a string file.</summary>
    public IEnumerable<string> Languages => _byLanguage.Keys;

    /// <summary>No interface strings at all (every key prints as itself), for code that renders without
    /// templates.</summary>
    public static InterfaceStrings None { get; } = new([], "");

    /// <summary>Reads every <c>i18n/*.yml</c> of the template tree: flat mappings of key to text; other shapes are
    /// reported at their line.</summary>
    public static InterfaceStrings Load(IFileTree tree, DiagnosticBag diagnostics)
    {
        var byLanguage = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var all = new StringBuilder();
        foreach (var path in tree.List()
            .Where(p => p.StartsWith("i18n/", StringComparison.Ordinal)
                && p.EndsWith(".yml", StringComparison.Ordinal)))
        {
            var display = tree.DisplayPath(path);
            var text = tree.ReadText(path);
            all.Append(path).Append('\0').Append(text).Append('\0');
            var yaml = YamlReader.Read(text, display, 0, diagnostics);
            if (yaml is not YamlMapping mapping)
            {
                if (yaml is not null)
                {
                    diagnostics.Error(yaml.At, "an interface string file must be a mapping of key: text");
                }

                continue;
            }

            var strings = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in mapping.Entries)
            {
                if (entry.Value is YamlScalar scalar) strings[entry.Key] = scalar.Value;
                else diagnostics.Error(entry.Value.At,
                    $"interface string '{entry.Key}' must be text, but it is {entry.Value.Kind}");
            }

            byLanguage[Path.GetFileNameWithoutExtension(path)] = strings;
        }

        return new InterfaceStrings(byLanguage, all.ToString());
    }

    /// <summary>One string for <paramref name="language"/> with <c>{name}</c> placeholders filled from <paramref
    /// name="values"/>; the key itself when no file defines it.</summary>
    public string Get(string language, string siteLanguage, string key, params (string Name, object Value)[] values)
    {
        var text = For(language, siteLanguage).TryGetValue(key, out var found) && found is string s ? s : key;
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", Convert.ToString(value, CultureInfo.InvariantCulture),
                StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>The strings for <paramref name="language"/>, completed from <paramref name="siteLanguage"/> and then
    /// English; shared, never modified after it is made.</summary>
    public ScriptObject For(string language, string siteLanguage) =>
        _merged.GetOrAdd((language, siteLanguage), key =>
        {
            var merged = new ScriptObject();
            foreach (var source in new[] { "en", key.Item2, key.Item1 }.Distinct())
            {
                if (!_byLanguage.TryGetValue(source, out var strings)) continue;
                foreach (var (name, text) in strings) merged.SetValue(name, text, false);
            }

            return merged;
        });
}
