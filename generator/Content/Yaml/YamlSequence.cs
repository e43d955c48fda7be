using StaticSite.Diagnostics;

namespace StaticSite.Content.Yaml;

/// <summary>A YAML list.</summary>
internal sealed record YamlSequence(IReadOnlyList<YamlValue> Items, SourceLocation At) : YamlValue(At)
{
    /// <inheritdoc />
    public override string Kind => "a list";
}
