using System.Text;
using StaticSite.Content.Yaml;
using StaticSite.Diagnostics;

namespace StaticSite.Import;

/// <summary>Reads the part of TOML that Hugo front matter uses (<c>key = "text"</c>, numbers, booleans, dates,
/// one-line arrays, and <c>[table]</c> headers) into located YAML nodes; a line it cannot read is reported and
/// skipped.</summary>
internal static class TomlFrontMatter
{
    /// <summary>The mapping of <paramref name="text"/>, whose first line is line <paramref name="firstLine"/> + 1 of
    /// the file.</summary>
    public static YamlMapping Read(string text, string path, int firstLine, DiagnosticBag report)
    {
        var root = new List<YamlEntry>();
        var current = root;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var at = new SourceLocation(path, firstLine + i + 1, 1);
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith('[') && line.EndsWith(']') && !line.StartsWith("[[", StringComparison.Ordinal))
            {
                current = [];
                root.Add(new YamlEntry(line[1..^1].Trim(), at, new YamlMapping(current, at)));
                continue;
            }

            var equals = line.IndexOf('=');
            var value = equals > 0 ? Value(line[(equals + 1)..].Trim(), at) : null;
            if (value is null)
            {
                report.Warning(at, $"this TOML line could not be read and was left out: {line}");
                continue;
            }

            current.Add(new YamlEntry(line[..equals].Trim().Trim('"'), at, value));
        }

        return new YamlMapping(root, new SourceLocation(path, firstLine + 1, 1));
    }

    private static YamlValue? Value(string text, SourceLocation at)
    {
        if (text.StartsWith('[') && text.EndsWith(']'))
        {
            var items = Items(text[1..^1]).Select(item => Value(item, at)).ToList();
            return items.Any(item => item is null) ? null : new YamlSequence(items!, at);
        }

        if (text.Length >= 2 && text[0] is '"' or '\'' && text[^1] == text[0])
        {
            return new YamlScalar(text[0] == '"' ? Unescape(text[1..^1]) : text[1..^1], false, at);
        }

        return text.Length > 0 && !text.Contains('"') ? new YamlScalar(text, true, at) : null;
    }

    private static IEnumerable<string> Items(string text)
    {
        var item = new StringBuilder();
        char? quote = null;
        foreach (var c in text)
        {
            if (quote is null && c == ',')
            {
                if (item.ToString().Trim().Length > 0) yield return item.ToString().Trim();
                item.Clear();
                continue;
            }

            if (c is '"' or '\'') quote = quote == c ? null : quote ?? c;
            item.Append(c);
        }

        if (item.ToString().Trim().Length > 0) yield return item.ToString().Trim();
    }

    private static string Unescape(string text) =>
        text.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
}
