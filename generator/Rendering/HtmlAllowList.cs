namespace StaticSite.Rendering;

/// <summary>The HTML an article body may contain, element by element with the attributes each may carry (the list in
/// docs/INLINE-HTML.md): what news text needs beyond Markdown (images with captions, superscripts, abbreviations,
/// keyboard keys, collapsible notes, tables) and the elements Markdown itself writes. Nothing here can run a script,
/// load a frame or style the page; everything else is removed and reported.</summary>
internal static class HtmlAllowList
{
    private static readonly string[] None = [];

    /// <summary>Each allowed element (lower case) and its allowed attributes.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Elements = new Dictionary<string, string[]>(
        StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = ["href", "title"],
        ["img"] = ["src", "alt", "title", "width", "height"],
        ["figure"] = None, ["figcaption"] = None,
        ["sup"] = None, ["sub"] = None, ["abbr"] = ["title"], ["br"] = None, ["kbd"] = None, ["mark"] = None,
        ["small"] = None,
        ["details"] = ["open"], ["summary"] = None,
        ["table"] = None, ["caption"] = None, ["thead"] = None, ["tbody"] = None, ["tfoot"] = None, ["tr"] = None,
        ["th"] = ["colspan", "rowspan", "scope"], ["td"] = ["colspan", "rowspan"],
        ["p"] = None, ["em"] = None, ["strong"] = None, ["code"] = None, ["pre"] = None, ["blockquote"] = None,
        ["ul"] = None, ["ol"] = None, ["li"] = None, ["hr"] = None, ["del"] = None, ["s"] = None,
    };

    /// <summary>Every attribute some allowed element may carry; the per-element check comes after.</summary>
    public static readonly IReadOnlySet<string> Attributes =
        new HashSet<string>(Elements.Values.SelectMany(a => a), StringComparer.OrdinalIgnoreCase);

    /// <summary>Elements removed together with what they contain: their content is code, a frame's fallback, a form's
    /// controls or a document's head, never text a reader should see in its place. Other removed elements (a
    /// <c>span</c>, a <c>div</c>, <c>font</c>) give way to their content.</summary>
    public static readonly IReadOnlySet<string> RemovedWithContent =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript", "noembed",
        "noframes", "template", "textarea", "select", "option", "optgroup", "button", "input", "form", "title",
        "head", "meta", "link", "base", "svg", "math", "canvas", "video", "audio", "source", "track", "picture",
        "xmp", "plaintext", "portal", "dialog", "slot", "param",
    };

    /// <summary>Whether <paramref name="element"/> may carry <paramref name="attribute"/>.</summary>
    public static bool Allows(string element, string attribute) =>
        Elements.TryGetValue(element, out var attributes)
        && attributes.Contains(attribute, StringComparer.OrdinalIgnoreCase);

    /// <summary>Why an attribute cannot stay, in the contributor's words.</summary>
    public static string Reason(string attribute) => attribute.ToLowerInvariant() switch
    {
        var a when a.StartsWith("on", StringComparison.Ordinal) => "event handlers would run scripts",
        "style" or "class" or "align" or "bgcolor" or "border" or "color" or "valign" or "cellpadding"
            or "cellspacing" => "the site's stylesheet decides how things look",
        "id" or "name" => "ids are the page's own (headings and notes get theirs automatically)",
        _ => "it is not on the list of allowed attributes",
    };
}
