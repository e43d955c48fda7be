using StaticSite.Diagnostics;

namespace StaticSite.Content.Yaml;

/// <summary>One <c>key: value</c> pair of a YAML mapping, with the key's own location.</summary>
internal sealed record YamlEntry(string Key, SourceLocation KeyAt, YamlValue Value);
