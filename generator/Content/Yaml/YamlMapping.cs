using StaticSite.Diagnostics;

namespace StaticSite.Content.Yaml;

/// <summary>A YAML mapping in document order.</summary>
internal sealed record YamlMapping(IReadOnlyList<YamlEntry> Entries, SourceLocation At) : YamlValue(At)
{
    /// <summary>The entry with this key, or null.</summary>
    public YamlEntry? Find(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key == key) return entry;
        }

        return null;
    }

    /// <inheritdoc />
    public override string Kind => "a mapping";
}
