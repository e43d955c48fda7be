using StaticSite.Diagnostics;

namespace StaticSite.Content.Yaml;

/// <summary>What is wrong with YAML text in the contributor's words, found before or after YamlDotNet reads it:
/// control characters named at their place, tabs used for indentation at the tab itself, and a sentence for the
/// parser's common complaints, with the parser's own text kept after it.</summary>
internal static class YamlText
{
    /// <summary>Reports every control character of <paramref name="text"/> (which no page, feed or sitemap can
    /// carry) at its place; false when there was one.</summary>
    public static bool CheckCharacters(string text, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        var clean = true;
        var (line, lineStart) = (1, 0);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                (line, lineStart) = (line + 1, i + 1);
                continue;
            }

            if (!IsForbidden(c)) continue;
            clean = false;
            diagnostics.Error(new SourceLocation(path, line + lineOffset, i - lineStart + 1),
                $"the front matter contains {Name(c)} (U+{(int)c:X4}), an invisible control character that no page " +
                "can carry: delete it (retype the text around it if you cannot see it)");
        }

        return clean;
    }

    /// <summary>The first tab in the indentation of a line of <paramref name="text"/> up to <paramref
    /// name="lastLine"/> (1-based, in the text), or null.</summary>
    public static (int Line, int Column)? IndentationTab(string text, int lastLine)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length && i < lastLine; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0 && indent < lines[i].TrimEnd('\r').Length) return (i + 1, tab + 1);
        }

        return null;
    }

    /// <summary>Our sentence for a YamlDotNet message, with its own text after it.</summary>
    public static string Explain(string parserMessage)
    {
        var sentence = parserMessage switch
        {
            var m when m.Contains("found unexpected end of stream", StringComparison.OrdinalIgnoreCase)
                || m.Contains("quoted scalar, found wrong indentation", StringComparison.OrdinalIgnoreCase) =>
                "a quoted value or a bracket is not closed: add the closing quote or bracket",
            var m when m.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase) =>
                "a value contains ': ', which YAML reads as a new field: put the whole value in quotes",
            var m when m.Contains("could not find expected ':'", StringComparison.OrdinalIgnoreCase) =>
                "a line has no ':' after its field name (or a value continues on a line of its own): write " +
                "'name: value', and quote values that span lines",
            var m when m.Contains("did not find expected key", StringComparison.OrdinalIgnoreCase)
                || m.Contains("did not find expected '-'", StringComparison.OrdinalIgnoreCase) =>
                "this line is not indented like the fields around it: line it up with them, using spaces",
            var m when m.Contains("found character that cannot start any token", StringComparison.OrdinalIgnoreCase) =>
                "a value starts with a character YAML reserves (such as @, ` or %): put the value in quotes",
            var m when m.Contains("did not find expected alphabetic or numeric character",
                StringComparison.OrdinalIgnoreCase) =>
                "a value starts with * or &, which YAML reserves: put the value in quotes",
            _ => "the front matter is not valid YAML here",
        };
        return $"{sentence} (YAML: {parserMessage})";
    }

    private static bool IsForbidden(char c) =>
        (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || c is '\ufffe' or '\uffff';

    private static string Name(char c) => c switch
    {
        '\0' => "a NUL character",
        '\a' => "a BEL character",
        '\b' => "a backspace character",
        '\v' => "a vertical tab",
        '\f' => "a form feed",
        '\u001b' => "an escape character",
        '\u007f' => "a DEL character",
        '\u0085' => "a NEL (next line) character",
        _ => "a control character",
    };
}
