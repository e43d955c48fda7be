using System.Net;
using System.Text.RegularExpressions;

namespace StaticSite.Feeds;

/// <summary>Makes an article body fit for a feed: every link and image address absolute, because a feed reader shows
/// the body away from the site (site paths get the site's origin, fragments the article's address).</summary>
internal static partial class FeedHtml
{
    /// <summary>The body with each <c>href</c>, <c>src</c> and <c>srcset</c> address made absolute; <paramref
    /// name="origin"/> is the site's scheme and host (<c>https://example.org</c>), <paramref name="articleUrl"/> the
    /// article's absolute address. The body comes from the Markdown renderer (or a sanitizer), which quotes every
    /// attribute with <c>"</c> and escapes <c>&lt;</c> in text, so tags are found by their shape.</summary>
    public static string Absolutize(string html, string origin, string articleUrl)
    {
        if (!html.Contains("=\"", StringComparison.Ordinal)) return html;
        var article = new Uri(articleUrl);
        return Tag().Replace(html, tag => Attribute().Replace(tag.Value, attribute =>
        {
            var name = attribute.Groups["name"].Value.ToLowerInvariant();
            if (!attribute.Groups["value"].Success || name is not ("href" or "src" or "srcset" or "poster"))
            {
                return attribute.Value;
            }

            var value = attribute.Groups["value"].Value;
            var rewritten = name == "srcset"
                ? string.Join(", ", value.Split(',').Select(c => Candidate(c.Trim(), origin, article)))
                : Absolute(value, origin, article);
            return string.Concat(attribute.Groups["lead"].Value, attribute.Groups["name"].Value, "=\"", rewritten,
                "\"");
        }));
    }

    private static string Candidate(string candidate, string origin, Uri article)
    {
        var space = candidate.IndexOf(' ');
        return space < 0 ? Absolute(candidate, origin, article)
            : Absolute(candidate[..space], origin, article) + candidate[space..];
    }

    private static string Absolute(string value, string origin, Uri article)
    {
        if (value.Length == 0) return value;
        if (value.StartsWith("//", StringComparison.Ordinal)) return value;
        if (value[0] == '/') return origin + value;
        if (value[0] == '#') return WebUtility.HtmlEncode(article.AbsoluteUri) + value;
        var colon = value.IndexOf(':');
        var delimiter = value.IndexOfAny(['/', '?', '#']);
        if (colon > 0 && (delimiter < 0 || colon < delimiter)) return value;
        var resolved = new Uri(article, WebUtility.HtmlDecode(value)).AbsoluteUri;
        return WebUtility.HtmlEncode(resolved);
    }

    /// <summary>A start tag whose attribute values are double-quoted (values may hold <c>&gt;</c>).</summary>
    [GeneratedRegex("""<[A-Za-z][^\s/>]*(?:\s+[^\s"'=/>]+(?:="[^"]*")?)*\s*/?>""", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    /// <summary>One attribute of a start tag, matched in turn from the tag's name on, so a quoted value is always
    /// consumed whole.</summary>
    [GeneratedRegex(@"(?<lead>\s+)(?<name>[^\s""'=/>]+)(?:=""(?<value>[^""]*)"")?", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();
}
