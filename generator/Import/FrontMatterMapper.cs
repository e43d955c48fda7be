using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using StaticSite.Content;
using StaticSite.Content.Yaml;
using StaticSite.Diagnostics;

namespace StaticSite.Import;

/// <summary>Maps a Jekyll or Hugo post's front matter to this site's: title, date, updated, author(s), tags and
/// categories as topics, summary (summary, description or excerpt), the image, draft, slug and language; the
/// source and translator come from the command line. A field it cannot carry over is reported at its line.</summary>
internal static partial class FrontMatterMapper
{
    private static readonly HashSet<string> Silent = new(StringComparer.OrdinalIgnoreCase) { "layout", "type" };

    /// <summary>The converted article for <paramref name="post"/> with its converted <paramref name="body"/>.</summary>
    public static ImportedArticle Map(ImportedPost post, string body, ImportOptions options, ImportMedia media,
        DiagnosticBag report)
    {
        var fm = post.FrontMatter;
        var yaml = new StringBuilder("---\n");
        var used = new HashSet<string>(Silent, StringComparer.OrdinalIgnoreCase);
        string? Text(params string[] keys) => Take(fm, used, keys) is YamlScalar { IsNull: false } s ? s.Value : null;

        var title = Text("title") ?? post.FileSlug;
        yaml.Append($"title: {Quote(title)}\n");
        var date = Date(Take(fm, used, "date"), post.FileDate, post, report);
        yaml.Append($"date: {date}\n");
        if (Take(fm, used, "lastmod", "updated", "last_modified_at") is YamlScalar updated
            && Date(updated, null, post, report) is var u && u != "null")
        {
            yaml.Append($"updated: {u}\n");
        }

        var slug = Text("slug");
        if (slug is not null) yaml.Append($"slug: {Quote(slug)}\n");
        if (Text("language", "lang") is { } language) yaml.Append($"language: {Quote(language)}\n");
        if (Text("summary", "description", "excerpt") is { } summary) yaml.Append($"summary: {Quote(summary)}\n");
        var authors = Names(Take(fm, used, "author", "authors"));
        if (authors.Count > 0) yaml.Append($"author: [{string.Join(", ", authors.Select(Quote))}]\n");
        if (options.Translator is { } translator) yaml.Append($"translators: [{Quote(translator)}]\n");
        if (options.Source is { } source) yaml.Append($"source:\n  publication: {Quote(source)}\n");
        var topics = Topics(Take(fm, used, "tags"), Take(fm, used, "categories"));
        yaml.Append($"topics: [{string.Join(", ", topics.Select(t => t.Key))}]\n");
        Image(fm, used, post, media, yaml);
        if (Take(fm, used, "draft") is YamlScalar { Value: "true" }
            || Take(fm, used, "published") is YamlScalar { Value: "false" })
        {
            yaml.Append("draft: true\n");
        }

        foreach (var entry in fm.Entries.Where(e => !used.Contains(e.Key)))
        {
            report.Warning(entry.KeyAt, $"'{entry.Key}' has no place in this site's front matter and was left out" +
                (entry.Key is "permalink" or "aliases" or "url" ? " (earlier addresses are not redirected)" : ""));
        }

        var finalSlug = slug is not null && Slugs.IsSafe(slug) ? slug : Slugs.FromName(post.FileSlug);
        var year = char.IsAsciiDigit(date[0]) ? date[..4] : "undated";
        return new ImportedArticle($"articles/{year}/{finalSlug}.md", yaml.Append("---\n").Append(body).ToString(),
            topics);
    }

    private static YamlValue? Take(YamlMapping fm, HashSet<string> used, params string[] keys)
    {
        foreach (var key in keys)
        {
            used.Add(key);
            if (fm.Find(key) is { } entry) return entry.Value;
        }

        return null;
    }

    private static string Date(YamlValue? value, string? fileDate, ImportedPost post, DiagnosticBag report)
    {
        var text = (value as YamlScalar)?.Value.Trim() ?? fileDate;
        if (text is null)
        {
            report.Warning(post.FrontMatter.At, "the post has no date (in its front matter or file name); set 'date:'");
            return "null";
        }

        var m = Timestamp().Match(text);
        if (!m.Success)
        {
            report.Warning(value?.At ?? post.FrontMatter.At, $"'{text}' is not a date this site reads; set 'date:'");
            return Quote(text);
        }

        if (m.Groups[2].Success && m.Groups[4].Success)
        {
            var seconds = m.Groups[3].Success ? m.Groups[3].Value : ":00";
            return $"{m.Groups[1].Value}T{m.Groups[2].Value}{seconds}{m.Groups[4].Value}:{m.Groups[5].Value}";
        }

        if (m.Groups[2].Success && m.Groups[6].Success) return $"{m.Groups[1].Value}T{m.Groups[2].Value}:00Z";
        if (m.Groups[2].Success)
        {
            report.Warning(value!.At, $"the time in '{text}' has no time zone; only the date was kept");
        }

        return m.Groups[1].Value;
    }

    private static List<string> Names(YamlValue? value) => value switch
    {
        YamlScalar { IsNull: false } s => [s.Value],
        YamlSequence list => list.Items.SelectMany(Names).ToList(),
        YamlMapping map when map.Find("name")?.Value is YamlScalar name => [name.Value],
        _ => [],
    };

    private static List<(string Key, string Title)> Topics(params YamlValue?[] values)
    {
        var topics = new List<(string Key, string Title)>();
        foreach (var value in values)
        {
            var names = value is YamlScalar { IsNull: false } s
                ? s.Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).ToList() : Names(value);
            foreach (var name in names)
            {
                var key = Slugs.FromName(name);
                if (key.Length > 0 && topics.All(t => t.Key != key)) topics.Add((key, name.Trim()));
            }
        }

        return topics;
    }

    private static void Image(YamlMapping fm, HashSet<string> used, ImportedPost post, ImportMedia media,
        StringBuilder yaml)
    {
        var value = Take(fm, used, "image", "images", "featured_image", "cover");
        var (src, alt) = value switch
        {
            YamlScalar { IsNull: false } s => (s, null),
            YamlSequence { Items: [YamlScalar first, ..] } => (first, null),
            YamlMapping map => ((map.Find("path") ?? map.Find("src") ?? map.Find("image") ?? map.Find("feature"))
                ?.Value as YamlScalar, (map.Find("alt") ?? map.Find("caption"))?.Value as YamlScalar),
            _ => ((YamlScalar?)null, (YamlScalar?)null),
        };
        if (src is null) return;
        yaml.Append($"image:\n  src: {Quote(media.Map(src.Value, post, src.At))}\n");
        if (alt is not null) yaml.Append($"  alt: {Quote(alt.Value)}\n");
    }

    /// <summary>A YAML double-quoted string.</summary>
    private static string Quote(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(:\d{2})?(?:\.\d+)?\s*(?:([+-]\d{2}):?(\d{2})|(Z))?)?$")]
    private static partial Regex Timestamp();
}
