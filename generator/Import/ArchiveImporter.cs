using System.Text;
using StaticSite.Content.Yaml;
using StaticSite.Diagnostics;

namespace StaticSite.Import;

/// <summary>Imports a Jekyll or Hugo content folder into this site's content folder: every post converted (front
/// matter mapped, body made plain Markdown, images copied to <c>media/</c>), new topics added to <c>topics.yml</c>,
/// and what could not be converted reported at its file and line. Existing files are never overwritten.</summary>
internal sealed class ArchiveImporter
{
    /// <summary>What an import did.</summary>
    public sealed record Summary(int Written, int Skipped, int Media, int NewTopics);

    /// <summary>Imports the posts of <paramref name="archive"/> into <paramref name="content"/>.</summary>
    public Summary Import(ArchiveKind kind, string archive, string content, ImportOptions options,
        DiagnosticBag report)
    {
        var media = new ImportMedia(kind, archive, content, report);
        var converter = new BodyConverter(kind, media, report);
        var topics = new List<(string Key, string Title)>();
        var (written, skipped) = (0, 0);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var post in PostFinder.Find(kind, archive, report))
        {
            var article = FrontMatterMapper.Map(post, converter.Convert(post), options, media, report);
            var target = Path.Combine(content, article.RelativePath);
            if (!taken.Add(article.RelativePath) || File.Exists(target))
            {
                report.Warning(SourceLocation.FileOnly(post.DisplayPath), $"content/{article.RelativePath} already " +
                    "exists; this post was not imported (nothing is overwritten)");
                skipped++;
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, article.Text);
            written++;
            topics.AddRange(article.Topics.Where(t => topics.All(known => known.Key != t.Key)));
        }

        return new Summary(written, skipped, media.Copied, AddTopics(content, topics, report));
    }

    /// <summary>Appends the topics <c>topics.yml</c> does not have yet (creating it when there is none); returns how
    /// many were added.</summary>
    private static int AddTopics(string content, List<(string Key, string Title)> topics, DiagnosticBag report)
    {
        var path = Path.Combine(content, "topics.yml");
        var known = new HashSet<string>(StringComparer.Ordinal);
        if (File.Exists(path)
            && YamlReader.Read(File.ReadAllText(path), "content/topics.yml", 0, report) is YamlMapping existing)
        {
            known.UnionWith(existing.Entries.Select(e => e.Key));
        }

        var added = topics.Where(t => !known.Contains(t.Key)).OrderBy(t => t.Key, StringComparer.Ordinal).ToList();
        if (added.Count == 0) return 0;
        var text = new StringBuilder();
        if (File.Exists(path) && !File.ReadAllText(path).EndsWith('\n')) text.Append('\n');
        foreach (var (key, title) in added)
        {
            text.Append($"{key}:\n  title: \"{title.Replace("\"", "\\\"", StringComparison.Ordinal)}\"\n")
                .Append("  description: \"Imported from the archive's tags and categories.\"\n");
        }

        File.AppendAllText(path, text.ToString());
        return added.Count;
    }
}
