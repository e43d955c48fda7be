using StaticSite.Content;
using StaticSite.Diagnostics;

namespace StaticSite.Validation;

/// <summary>The glossary (<c>glossary.yml</c>): a warning at each variant of a name or term in an article's title,
/// summary, image caption and body, with the form to use instead.</summary>
internal static class GlossaryRules
{
    /// <summary>Checks the article's texts against <paramref name="matcher"/>.</summary>
    public static void Check(ArticleCheck check, GlossaryMatcher matcher)
    {
        var fm = check.FrontMatter;
        foreach (var field in (Located<string>?[])[fm.Title, fm.Summary, fm.Image?.Caption])
        {
            if (field is not { } text) continue;
            var matches = matcher.Find(text.Value);
            for (var i = 0; i < matches.Count; i++) Warn(check, text, matches, i);
        }

        string body;
        try
        {
            body = check.File.Body.Text;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        var lines = new LineMap(body);
        foreach (var match in matcher.Find(body))
        {
            var (line, column) = lines.Position(match.Start);
            check.Warning(new SourceLocation(check.File.DisplayPath, check.File.BodyLine + line, column),
                Message(match, body));
        }
    }

    private static string Message(GlossaryMatch match, string text) =>
        $"use '{match.Entry.Preferred}', not '{text.Substring(match.Start, match.Length)}' (glossary)";

    /// <summary>Warns about match <paramref name="index"/> of a front-matter value at its place in the file: the
    /// value's position plus the offset, found again in the file's text so quotes and escapes do not shift
    /// it.</summary>
    private static void Warn(ArticleCheck check, Located<string> field, List<GlossaryMatch> matches, int index)
    {
        var match = matches[index];
        var found = GlossaryMatcher.Normalize(field.Value.Substring(match.Start, match.Length));
        var at = new SourceLocation(field.At.Path, field.At.Line, field.At.Column + match.Start);
        if (check.File.ReadText?.Invoke() is { } raw)
        {
            var comparison = match.Entry.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            var earlier = matches.Take(index).Count(m => string.Equals(found, GlossaryMatcher.Normalize(
                field.Value.Substring(m.Start, m.Length)), comparison));
            var text = GlossaryMatcher.Normalize(raw);
            var lines = new LineMap(text);
            var offset = lines.Offset(field.At.Line, field.At.Column);
            for (var n = 0; offset >= 0 && n <= earlier; n++)
            {
                offset = text.IndexOf(found, n == 0 ? offset : offset + found.Length, comparison);
            }

            if (offset >= 0)
            {
                var (line, column) = lines.Position(offset);
                at = new SourceLocation(field.At.Path, line + 1, column);
            }
        }

        check.Warning(at, Message(match, field.Value));
    }

    /// <summary>Turns offsets in a text into 0-based lines and 1-based columns, and back.</summary>
    private sealed class LineMap(string text)
    {
        private readonly List<int> _starts = Starts(text);

        private static List<int> Starts(string text)
        {
            var starts = new List<int> { 0 };
            for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) starts.Add(i + 1);
            return starts;
        }

        public (int Line, int Column) Position(int offset)
        {
            var line = _starts.BinarySearch(offset);
            if (line < 0) line = ~line - 1;
            return (line, offset - _starts[line] + 1);
        }

        public int Offset(int line, int column) =>
            line >= 1 && line <= _starts.Count ? Math.Min(text.Length, _starts[line - 1] + column - 1) : -1;
    }
}
