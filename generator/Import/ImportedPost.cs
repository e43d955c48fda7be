using StaticSite.Content.Yaml;

namespace StaticSite.Import;

/// <summary>One post of the archive being imported: its file, its front matter as located YAML nodes (TOML front
/// matter is read into the same shape), its body with the file line it starts on, and what its file name
/// says.</summary>
internal sealed record ImportedPost(
    string Path, string DisplayPath, YamlMapping FrontMatter, string Body, int BodyLine, string FileSlug,
    string? FileDate);
