using StaticSite.Diagnostics;

namespace StaticSite.Content;

/// <summary>Splits an article file into its YAML front matter and Markdown body, remembering the line each starts
/// on.</summary>
internal static class FrontMatterSplitter
{
    /// <summary>Splits the text; returns null (with a diagnostic) when the front matter is missing or never
    /// closed.</summary>
    public static SplitDocument? Split(string text, string path, DiagnosticBag diagnostics)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!(text.StartsWith("---\n", StringComparison.Ordinal) || text == "---"))
        {
            diagnostics.Error(SourceLocation.FileOnly(path),
                "the file must start with front matter: a line '---', the YAML fields, and a closing '---'");
            return null;
        }

        var position = 4;
        var line = 2;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var lineText = end < 0 ? text.AsSpan(position) : text.AsSpan(position, end - position);
            if (lineText.TrimEnd() is "---" or "...")
            {
                var yaml = text[4..position];
                var body = end < 0 ? "" : text[(end + 1)..];
                return new SplitDocument(yaml, 2, body, line + 1);
            }

            if (end < 0) break;
            position = end + 1;
            line++;
        }

        diagnostics.Error(SourceLocation.FileOnly(path),
            "the front matter opened on line 1 is never closed with a line '---'");
        return null;
    }
}
