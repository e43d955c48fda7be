using System.Text;
using System.Text.RegularExpressions;
using StaticSite.Diagnostics;

namespace StaticSite.Import;

/// <summary>Turns a Jekyll or Hugo body into plain Markdown: image includes and shortcodes into Markdown images (a
/// figure when there is a caption), highlight blocks into fences, post links into site paths, site variables
/// dropped; every Liquid tag or shortcode left is reported at its line and column.</summary>
internal sealed partial class BodyConverter(ArchiveKind kind, ImportMedia media, DiagnosticBag report)
{
    /// <summary>The converted body of <paramref name="post"/>.</summary>
    public string Convert(ImportedPost post)
    {
        var lines = post.Body.Split('\n');
        var output = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var at = (int column) => new SourceLocation(post.DisplayPath, post.BodyLine + i, column + 1);
            line = kind == ArchiveKind.Jekyll ? Jekyll(line, post, at) : Hugo(line, post, at);
            line = LocalReference().Replace(line, m =>
                m.Groups[1].Value + media.Map(m.Groups[2].Value, post, at(m.Groups[2].Index)));
            foreach (Match left in Leftover().Matches(line))
            {
                report.Warning(at(left.Index), $"not converted: {Shorten(left.Value)} (rewrite it in Markdown)");
            }

            output.Append(line);
            if (i < lines.Length - 1) output.Append('\n');
        }

        return output.ToString();
    }

    private string Jekyll(string line, ImportedPost post, Func<int, SourceLocation> at)
    {
        line = Raw().Replace(line, "");
        line = Highlight().Replace(line, m => "```" + m.Groups[1].Value);
        line = EndHighlight().Replace(line, "```");
        line = SiteVariable().Replace(line, "");
        line = UrlFilter().Replace(line, m => m.Groups[2].Value);
        line = PostUrl().Replace(line, m => $"/articles/{m.Groups[1].Value}/");
        return Include().Replace(line, m => Image(Attributes(m.Groups[2].Value), line.Trim() == m.Value.Trim(),
            m.Value, post, at(m.Index)));
    }

    private string Hugo(string line, ImportedPost post, Func<int, SourceLocation> at)
    {
        line = HugoHighlight().Replace(line, m => "```" + m.Groups[1].Value);
        line = HugoEndHighlight().Replace(line, "```");
        line = HugoRef().Replace(line, m => $"/articles/{Slug(m.Groups[1].Value)}/");
        line = HugoVideo().Replace(line,
            m => $"[YouTube video](https://www.youtube.com/watch?v={m.Groups[1].Value})");
        return HugoImage().Replace(line, m => Image(Attributes(m.Groups[2].Value), line.Trim() == m.Value.Trim(),
            m.Value, post, at(m.Index)));
    }

    private string Image(Dictionary<string, string> attributes, bool ownLine, string written, ImportedPost post,
        SourceLocation at)
    {
        var src = First(attributes, "src", "url", "path", "file", "image");
        if (src is null)
        {
            report.Warning(at, $"not converted: {Shorten(written)} (no image source in it)");
            return written;
        }

        var alt = First(attributes, "alt", "description", "title") ?? "";
        if (alt.Length == 0) report.Warning(at, "the image has no alt text: describe it inside ![…]");
        var caption = First(attributes, "caption");
        var image = $"![{alt.Replace("]", "\\]", StringComparison.Ordinal)}]({media.Map(src, post, at)})";
        return ownLine && caption is not null && caption != alt ? $"^^^\n{image}\n^^^ {caption}" : image;
    }

    private static string? First(Dictionary<string, string> attributes, params string[] names) =>
        names.Select(n => attributes.GetValueOrDefault(n)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static Dictionary<string, string> Attributes(string text)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in Attribute().Matches(text))
        {
            var value = m.Groups[3].Success ? m.Groups[3].Value : m.Groups[4].Success ? m.Groups[4].Value
                : m.Groups[5].Value;
            attributes.TryAdd(m.Groups[1].Value, value);
        }

        return attributes;
    }

    private static string Slug(string reference)
    {
        var name = reference.TrimEnd('/').Split('/')[^1];
        name = Path.GetFileNameWithoutExtension(name);
        var parts = reference.TrimEnd('/').Split('/');
        if (name is "index" or "_index" && parts.Length > 1) name = parts[^2];
        return DatePrefix().Replace(name, "");
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;

    [GeneratedRegex(@"\{%-?\s*(end)?raw\s*-?%\}")]
    private static partial Regex Raw();

    [GeneratedRegex(@"\{%-?\s*highlight\s+(\w+)[^%]*-?%\}")]
    private static partial Regex Highlight();

    [GeneratedRegex(@"\{%-?\s*endhighlight\s*-?%\}")]
    private static partial Regex EndHighlight();

    [GeneratedRegex(@"\{\{-?\s*site\.(baseurl|url)\s*-?\}\}")]
    private static partial Regex SiteVariable();

    [GeneratedRegex(@"\{\{-?\s*(['""])([^'""]*)\1\s*\|\s*(relative_url|absolute_url)\s*-?\}\}")]
    private static partial Regex UrlFilter();

    [GeneratedRegex(
        @"\{%-?\s*(?:post_url\s+\d{4}-\d{2}-\d{2}-|link\s+_posts/(?:\S*/)?\d{4}-\d{2}-\d{2}-)([\w-]+)(?:\.\w+)?\s*-?%\}")]
    private static partial Regex PostUrl();

    [GeneratedRegex(@"\{%-?\s*include\s+([\w./-]*(?:image|img|figure|picture)[\w.-]*)\s+(.*?)-?%\}",
        RegexOptions.IgnoreCase)]
    private static partial Regex Include();

    [GeneratedRegex(@"\{\{[<%]\s*highlight\s+(\w+)[^>%]*[>%]\}\}")]
    private static partial Regex HugoHighlight();

    [GeneratedRegex(@"\{\{[<%]\s*/highlight\s*[>%]\}\}")]
    private static partial Regex HugoEndHighlight();

    [GeneratedRegex(@"\{\{[<%]\s*(?:rel)?ref\s+""?([^""\s>%]+)""?\s*[>%]\}\}")]
    private static partial Regex HugoRef();

    [GeneratedRegex(@"\{\{[<%]\s*youtube\s+(?:id=)?""?([\w-]+)""?\s*[>%]\}\}")]
    private static partial Regex HugoVideo();

    [GeneratedRegex(@"\{\{[<%]\s*(figure|img|image)\s+(.*?)\s*/?[>%]\}\}", RegexOptions.IgnoreCase)]
    private static partial Regex HugoImage();

    [GeneratedRegex(@"(\w+)\s*=\s*(""([^""]*)""|'([^']*)'|([^\s""'%>]+))")]
    private static partial Regex Attribute();

    [GeneratedRegex(@"\{%.*?%\}|\{\{.*?\}\}")]
    private static partial Regex Leftover();

    [GeneratedRegex(
        @"(\]\(|src=[""'])((?![a-z][a-z0-9+.-]*:)[^)""'\s]+\.(?:png|jpe?g|gif|webp|svg|avif|pdf))(?=[)""'\s])",
        RegexOptions.IgnoreCase)]
    private static partial Regex LocalReference();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}-")]
    private static partial Regex DatePrefix();
}
