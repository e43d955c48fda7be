using System.Net;
using System.Text.RegularExpressions;

namespace StaticSite.Search;

/// <summary>The words of a Markdown body for the search index, without a Markdown parse: link destinations, reference definitions, bare URLs and fence lines are dropped and entities decoded, and the tokenizer ignores the remaining punctuation.</summary>
/// <remarks>A full parse per article would cost as much as rendering it again on every (also incremental) build, and deeply nested input that the renderer reports as an error must not crash indexing.</remarks>
public static partial class MarkdownText
{
    /// <summary>The prose of <paramref name="markdown"/> as plain text suitable for tokenizing.</summary>
    public static string Words(string markdown)
    {
        var text = markdown;
        if (text.Contains("]:", StringComparison.Ordinal)) text = ReferenceDefinition().Replace(text, "");
        if (text.Contains("```", StringComparison.Ordinal) || text.Contains("~~~", StringComparison.Ordinal)) text = FenceLine().Replace(text, "");
        if (text.Contains("](", StringComparison.Ordinal)) text = LinkDestination().Replace(text, "]");
        if (text.Contains(':')) text = Url().Replace(text, " ");
        return text.Contains('&') ? WebUtility.HtmlDecode(text) : text;
    }

    [GeneratedRegex(@"^ {0,3}\[(?!\^)[^\]\n]+\]:[ \t]*\S+.*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"^ {0,3}(?:`{3,}|~{3,}).*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex FenceLine();

    [GeneratedRegex(@"\]\([^)\n]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex LinkDestination();

    [GeneratedRegex(@"<?(?:https?|mailto|ftp):[^\s>)]*>?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();
}
