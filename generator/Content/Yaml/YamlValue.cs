using StaticSite.Diagnostics;

namespace StaticSite.Content.Yaml;

/// <summary>A node of front matter or a registry file, with where it starts, so every field can be reported at its line
/// and column.</summary>
internal abstract record YamlValue(SourceLocation At)
{
    /// <summary>A short word for the node's shape, used in "expected a list, found a mapping" messages.</summary>
    public abstract string Kind { get; }
}
