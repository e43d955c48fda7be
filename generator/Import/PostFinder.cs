using System.Text.RegularExpressions;
using StaticSite.Content;
using StaticSite.Content.Yaml;
using StaticSite.Diagnostics;

namespace StaticSite.Import;

/// <summary>Finds the posts of a Jekyll folder (<c>_posts/**/YYYY-MM-DD-slug.md</c>) or a Hugo one
/// (<c>content/**/*.md</c>, a page bundle's <c>index.md</c> named by its folder) and reads each one's front
/// matter: YAML between <c>---</c> lines, or for Hugo TOML between <c>+++</c> lines.</summary>
internal static partial class PostFinder
{
    /// <summary>Every post under <paramref name="root"/>, in path order; files that cannot be read are
    /// reported.</summary>
    public static List<ImportedPost> Find(ArchiveKind kind, string root, DiagnosticBag report)
    {
        var folder = Path.Combine(root, kind == ArchiveKind.Jekyll ? "_posts" : "content");
        if (!Directory.Exists(folder)) return [];
        var posts = new List<ImportedPost>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
                         || f.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase))
                     .Order(StringComparer.Ordinal))
        {
            var display = Path.GetRelativePath(Directory.GetCurrentDirectory(), file).Replace('\\', '/');
            var name = Path.GetFileNameWithoutExtension(file);
            if (kind == ArchiveKind.Hugo && name is "_index") continue;
            if (kind == ArchiveKind.Hugo && name is "index") name = Path.GetFileName(Path.GetDirectoryName(file)!);
            var dated = DatedName().Match(name);
            var post = Read(file, display, dated.Success ? dated.Groups[2].Value : name,
                dated.Success ? dated.Groups[1].Value : null, report);
            if (post is not null) posts.Add(post);
        }

        return posts;
    }

    private static ImportedPost? Read(string file, string display, string slug, string? date, DiagnosticBag report)
    {
        var text = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (text.StartsWith("+++\n", StringComparison.Ordinal))
        {
            var end = text.IndexOf("\n+++", 4, StringComparison.Ordinal);
            if (end < 0)
            {
                report.Warning(SourceLocation.FileOnly(display), "the TOML front matter is never closed; not imported");
                return null;
            }

            var toml = TomlFrontMatter.Read(text[4..(end + 1)], display, 1, report);
            var bodyStart = text.IndexOf('\n', end + 1) is var newline and >= 0 ? newline + 1 : text.Length;
            return new ImportedPost(file, display, toml, text[bodyStart..], LineOf(text, bodyStart), slug, date);
        }

        var split = FrontMatterSplitter.Split(text, display, report);
        if (split is null) return null;
        var yaml = YamlReader.Read(split.FrontMatter, display, split.FrontMatterLine - 1, report);
        if (yaml is not YamlMapping mapping) return null;
        return new ImportedPost(file, display, mapping, split.Body, split.BodyLine, slug, date);
    }

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})-(.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex DatedName();
}
