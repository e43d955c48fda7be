using System.Buffers;
using System.Net;
using System.Text.RegularExpressions;

namespace StaticSite.Search;

/// <summary>The words of a Markdown body for the search index, without a Markdown parse: link destinations, reference
/// definitions, bare URLs and fence lines are blanked out and entities decoded, and the tokenizer ignores the remaining
/// punctuation.</summary>
/// <remarks>A full parse per article would cost as much as rendering it again on every (also incremental) build, and
/// deeply nested input that the renderer reports as an error must not crash indexing.</remarks>
internal static partial class MarkdownText
{
    /// <summary>The prose of <paramref name="markdown"/> as plain text suitable for tokenizing.</summary>
    public static string Words(string markdown)
    {
        var buffer = ArrayPool<char>.Shared.Rent(markdown.Length);
        try
        {
            var prose = Blank(markdown, buffer.AsSpan(0, markdown.Length));
            return prose.Contains('&') ? WebUtility.HtmlDecode(prose.ToString()) : prose.ToString();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Adds the terms of <paramref name="markdown"/>'s prose to <paramref name="counts"/>, as <see
    /// cref="SearchTokenizer.Count(string, Dictionary{string, int})"/> of <see cref="Words"/> would, without making a
    /// string of the prose unless it has entities to decode.</summary>
    public static void CountTerms(string markdown, Dictionary<string, int> counts)
    {
        var buffer = ArrayPool<char>.Shared.Rent(markdown.Length);
        try
        {
            var prose = Blank(markdown, buffer.AsSpan(0, markdown.Length));
            if (prose.Contains('&')) SearchTokenizer.Count(WebUtility.HtmlDecode(prose.ToString()), counts);
            else SearchTokenizer.Count(prose, counts);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
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
        return prose;
    }

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

    [GeneratedRegex(@"<?(?:https?|mailto|ftp):[^\s>)]*>?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();
}
