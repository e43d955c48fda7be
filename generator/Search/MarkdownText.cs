using System.Buffers;
using System.Net;
using System.Text.RegularExpressions;

namespace StaticSite.Search;

/// <summary>The prose of a Markdown body as plain text, for the search index and the excerpts on the results page,
/// without a Markdown parse: link destinations, reference definitions, bare URLs, HTML tags and fence lines are blanked
/// out, the marks of emphasis, headings, quotes, lists and tables dropped, entities decoded, and each block becomes one
/// line.</summary>
/// <remarks>A full parse per article would cost as much as rendering it again on every (also incremental) build, and
/// deeply nested input that the renderer reports as an error must not crash indexing.</remarks>
internal static partial class MarkdownText
{
    /// <summary>The prose of <paramref name="markdown"/>: one line per paragraph (or other block), words separated by
    /// single spaces.</summary>
    public static string Words(string markdown)
    {
        var buffer = ArrayPool<char>.Shared.Rent(markdown.Length * 2);
        try
        {
            var prose = Blank(markdown, buffer.AsSpan(0, markdown.Length));
            var text = Tidy(prose, buffer.AsSpan(markdown.Length, markdown.Length));
            return text.Contains('&') ? WebUtility.HtmlDecode(text.ToString()) : text.ToString();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Copies the blanked <paramref name="prose"/> into <paramref name="tidy"/> line by line without the marks
    /// of Markdown blocks and emphasis, joining the lines of a paragraph with a space and collapsing spaces.</summary>
    private static ReadOnlySpan<char> Tidy(ReadOnlySpan<char> prose, Span<char> tidy)
    {
        var n = 0;
        var blankLine = true;
        foreach (var range in prose.Split('\n'))
        {
            var line = prose[range].Trim();
            line = line.TrimStart(">#").TrimStart();
            var item = false;
            if (line.Length > 1 && line[0] is '-' or '+' or '*' && line[1] == ' ')
            {
                line = line[2..];
                item = true;
            }

            var digits = line.IndexOfAnyExceptInRange('0', '9');
            if (digits > 0 && digits + 1 < line.Length && line[digits] is '.' or ')' && line[digits + 1] == ' ')
            {
                line = line[(digits + 2)..];
                item = true;
            }

            if (line.IsEmpty || line.IndexOfAnyExcept("-=|:*_ ") < 0)
            {
                blankLine = true;
                continue;
            }

            if (n > 0) tidy[n++] = blankLine || item ? '\n' : ' ';
            blankLine = false;
            n = Append(line, tidy, n);
        }

        return tidy[..n];
    }

    /// <summary>Appends <paramref name="line"/> at <paramref name="n"/> without emphasis marks, backticks, table bars,
    /// brackets, backslash escapes and footnote marks, and with runs of spaces made one.</summary>
    private static int Append(ReadOnlySpan<char> line, Span<char> tidy, int n)
    {
        var start = n;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '[' && i + 1 < line.Length && line[i + 1] == '^')
            {
                var close = line[i..].IndexOf(']');
                if (close > 0)
                {
                    i += close;
                    if (n == start && i + 1 < line.Length && line[i + 1] == ':') i++;
                    continue;
                }
            }

            if (c is '*' or '`' or '\\' or '\0') continue;
            if (c == '[' && (n == start || !char.IsLetterOrDigit(tidy[n - 1]))) continue;
            if (c == ']' && (i + 1 == line.Length || !char.IsLetterOrDigit(line[i + 1]))) continue;
            if (c is '[' or ']') c = ' ';
            if (c is '|' or '\t') c = ' ';
            if (c == ' ' && (n == start || tidy[n - 1] == ' ')) continue;
            tidy[n++] = c;
        }

        while (n > start && tidy[n - 1] == ' ') n--;
        return n;
    }

    /// <summary>Copies <paramref name="markdown"/> into <paramref name="prose"/> and overwrites with spaces what is not
    /// prose; the spaces separate words just as removing the text would.</summary>
    private static Span<char> Blank(string markdown, Span<char> prose)
    {
        markdown.CopyTo(prose);
        if (prose.IndexOf("]:") >= 0) BlankMatches(ReferenceDefinition(), prose, 0);
        if (prose.IndexOf("```") >= 0 || prose.IndexOf("~~~") >= 0) BlankMatches(FenceLine(), prose, 0);
        if (prose.IndexOf("](") >= 0) BlankMatches(LinkDestination(), prose, 1);
        if (prose.Contains(':')) BlankMatches(Url(), prose, 0);
        if (prose.Contains('<')) BlankTags(prose);
        return prose;
    }

    /// <summary>Blanks HTML tags and comments: a tag of inline text (<c>sup</c>, <c>abbr</c>, …) joins the text on
    /// either side, as a browser shows it, any other separates it.</summary>
    private static void BlankTags(Span<char> text)
    {
        var matches = _matches ??= [];
        matches.Clear();
        foreach (var match in HtmlTag().EnumerateMatches(text)) matches.Add((match.Index, match.Length));
        foreach (var (index, length) in matches)
        {
            var tag = text.Slice(index, length);
            var name = tag.TrimStart("</").ToString();
            var end = name.AsSpan().IndexOfAny(" \t\n/>");
            name = (end < 0 ? name : name[..end]).ToLowerInvariant();
            tag.Fill(InlineTags.Contains(name) ? '\0' : ' ');
        }
    }

    private static readonly HashSet<string> InlineTags = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q",
        "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
    };

    private static void BlankMatches(Regex regex, Span<char> text, int keep)
    {
        var matches = _matches ??= [];
        matches.Clear();
        foreach (var match in regex.EnumerateMatches(text)) matches.Add((match.Index, match.Length));
        foreach (var (index, length) in matches) text.Slice(index + keep, length - keep).Fill(' ');
    }

    [ThreadStatic]
    private static List<(int Index, int Length)>? _matches;

    [GeneratedRegex(@"^ {0,3}\[(?!\^)[^\]\n]+\]:[ \t]*\S+.*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"^ {0,3}(?:`{3,}|~{3,}).*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex FenceLine();

    [GeneratedRegex(@"\]\([^)\n]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex LinkDestination();

    [GeneratedRegex(@"<!--.*?-->|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>",
        RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"<?(?:https?|mailto|ftp):[^\s>)]*>?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();
}
