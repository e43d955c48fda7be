using System.Text;

namespace StaticSite.Content;

/// <summary>Finds an article's first paragraph as plain text, the default summary, without parsing the whole
/// body.</summary>
internal static class SummaryExtractor
{
    /// <summary>Plain text of the first paragraph of <paramref name="markdown"/>, or an empty string.</summary>
    public static string FirstParagraph(string markdown, Markdig.MarkdownPipeline pipeline)
    {
        var lines = markdown.Split('\n');
        var paragraph = new StringBuilder();
        var inFence = false;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal)
                || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence) continue;
            if (trimmed.Length == 0)
            {
                if (paragraph.Length > 0) break;
                continue;
            }

            if (paragraph.Length == 0 && IsNotParagraphStart(trimmed, line)) continue;
            paragraph.Append(trimmed).Append('\n');
        }

        if (paragraph.Length == 0) return "";
        var text = Markdig.Markdown.ToPlainText(paragraph.ToString(), pipeline);
        var words = text.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
        return new string(string.Join(' ', words).Where(c => !char.IsControl(c)).ToArray());
    }

    private static bool IsNotParagraphStart(string trimmed, string line) =>
        line.StartsWith("    ", StringComparison.Ordinal) || line.StartsWith('\t')
        || trimmed[0] is '#' or '>' or '|' or '<' or '!'
        || trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed.StartsWith("* ", StringComparison.Ordinal)
        || trimmed.StartsWith("+ ", StringComparison.Ordinal) || trimmed.StartsWith("[^", StringComparison.Ordinal)
        || (char.IsAsciiDigit(trimmed[0]) && trimmed.TrimStart("0123456789".ToCharArray())
            .StartsWith(". ", StringComparison.Ordinal));
}
