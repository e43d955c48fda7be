using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ganss.Xss;
using StaticSite.Diagnostics;

namespace StaticSite.Rendering;

/// <summary>One container's raw HTML while it is sanitized: the fragment the parser reads (raw HTML as written,
/// Markdown children as placeholders), the way back from a position in it to the article file, and the reports of
/// what was removed.</summary>
internal sealed class RawHtmlFragment
{
    private readonly List<(int Skeleton, int Body)> _chunks = [];
    private readonly int _prefix;
    private readonly RawHtmlScope _scope;

    /// <summary>Builds the fragment of <paramref name="parts"/>; the parser will read it after <paramref
    /// name="prefix"/> characters of its own.</summary>
    public RawHtmlFragment(IReadOnlyList<RawHtmlPart> parts, int prefix, RawHtmlScope scope)
    {
        _prefix = prefix;
        _scope = scope;
        var skeleton = new StringBuilder();
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i].Raw is not { } lines)
            {
                skeleton.Append(InlineHtmlSanitizer.Placeholder(i));
                continue;
            }

            foreach (var line in lines)
            {
                _chunks.Add((skeleton.Length, line.BodyOffset));
                skeleton.Append(InlineHtmlSanitizer.Neutralize(line.Text));
            }
        }

        Skeleton = skeleton.ToString();
    }

    /// <summary>The text the parser reads.</summary>
    public string Skeleton { get; }

    /// <summary>Reports an element the sanitizer removes; one whose content may be read (a <c>span</c>, a
    /// <c>div</c>) gives way to its content instead of taking it along.</summary>
    public void RemovingTag(RemovingTagEventArgs e)
    {
        var tag = e.Tag;
        if (!IsAttached(tag)) return;
        var name = tag.LocalName;
        var at = At(Offset(tag));
        if (HtmlAllowList.RemovedWithContent.Contains(name) || tag.NamespaceUri != NamespaceNames.HtmlUri)
        {
            _scope.Diagnostics.Warning(at, $"removed <{name}> and its content: {ElementReason(name)}");
            return;
        }

        e.Cancel = true;
        var hadContent = tag.HasChildNodes;
        if (hadContent) tag.Replace([.. tag.ChildNodes]);
        else tag.Remove();
        _scope.Diagnostics.Warning(at, hadContent
            ? $"removed <{name}> (its content stays): {ElementReason(name)}"
            : $"removed <{name}>: {ElementReason(name)}");
    }

    /// <summary>Reports an attribute the sanitizer removes; a URL it refuses is checked as a Markdown link would be,
    /// so it gets the same error.</summary>
    public void RemovingAttribute(RemovingAttributeEventArgs e)
    {
        if (!IsAttached(e.Tag)) return;
        var name = e.Attribute.Name;
        var at = At(AttributeOffset(e.Tag, name));
        if (e.Reason == RemoveReason.NotAllowedUrlValue && name is "href" or "src")
        {
            var url = e.Attribute.Value;
            if (_scope.CheckUrl(url, name == "src", at).Length == 0) return;
        }

        _scope.Diagnostics.Warning(at, $"removed {name}=\"{Shorten(e.Attribute.Value)}\" from <{e.Tag.LocalName}>: " +
            (e.Reason == RemoveReason.NotAllowedAttribute ? HtmlAllowList.Reason(name) : "its value is not allowed"));
    }

    /// <summary>What the sanitizer leaves to the site: each element's own attributes, alt text on images, and every
    /// <c>href</c> and <c>src</c> checked (and rewritten) as Markdown links are.</summary>
    public void CheckElements(IHtmlElement body)
    {
        foreach (var element in body.QuerySelectorAll("*").ToList())
        {
            var name = element.LocalName;
            foreach (var attribute in element.Attributes.ToList())
            {
                if (HtmlAllowList.Allows(name, attribute.Name)) continue;
                _scope.Diagnostics.Warning(At(AttributeOffset(element, attribute.Name)),
                    $"removed {attribute.Name}=\"{Shorten(attribute.Value)}\" from <{name}>: " +
                    HtmlAllowList.Reason(attribute.Name));
                element.RemoveAttribute(attribute.Name);
            }

            if (name == "a") CheckUrl(element, "href", isImage: false);
            if (name != "img") continue;
            if (!element.HasAttribute("alt"))
            {
                _scope.Diagnostics.Error(At(Offset(element)),
                    "the image has no alt text: add alt=\"…\" saying what it shows, for readers who cannot see it");
            }

            if (!CheckUrl(element, "src", isImage: true)) element.Remove();
        }
    }

    /// <summary>Checks and rewrites one URL attribute; false when the element has none left.</summary>
    private bool CheckUrl(IElement element, string attribute, bool isImage)
    {
        if (element.GetAttribute(attribute) is not { } url) return false;
        var checkedUrl = _scope.CheckUrl(url, isImage, At(AttributeOffset(element, attribute)));
        if (checkedUrl.Length == 0)
        {
            element.RemoveAttribute(attribute);
            return false;
        }

        element.SetAttribute(attribute, checkedUrl);
        return true;
    }

    private static string ElementReason(string name) => name.ToLowerInvariant() switch
    {
        "script" or "noscript" or "template" => "articles cannot run scripts",
        "style" or "font" or "center" => "the site's stylesheet decides how things look",
        "iframe" or "frame" or "frameset" or "object" or "embed" or "applet" or "portal" =>
            "articles cannot embed other pages or programs; link to them instead",
        "form" or "input" or "button" or "select" or "textarea" or "option" => "articles cannot contain forms",
        "video" or "audio" or "picture" or "source" or "svg" or "canvas" =>
            "use a Markdown image such as ![what it shows](/media/file.jpg), or link to the media",
        _ => "only the HTML listed in docs/INLINE-HTML.md is kept",
    };

    private static bool IsAttached(INode node)
    {
        for (var parent = node.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IDocument) return true;
        }

        return false;
    }

    /// <summary>Where the element's start tag begins in the skeleton, or -1 when the parser made it up.</summary>
    private int Offset(IElement element) =>
        element.SourceReference is { } source ? source.Position.Position - 1 - _prefix : -1;

    /// <summary>Where the attribute's name is written in the element's start tag (the tag's start when it cannot be
    /// found).</summary>
    private int AttributeOffset(IElement element, string attribute)
    {
        var start = Offset(element);
        if (start < 0) return start;
        var end = Skeleton.IndexOf('>', start);
        if (end < 0) end = Skeleton.Length;
        for (var i = Skeleton.IndexOf(attribute, start, end - start, StringComparison.OrdinalIgnoreCase); i > start;
             i = Skeleton.IndexOf(attribute, i + 1, end - i - 1, StringComparison.OrdinalIgnoreCase))
        {
            var after = i + attribute.Length < Skeleton.Length ? Skeleton[i + attribute.Length] : '>';
            if ((char.IsWhiteSpace(Skeleton[i - 1]) || Skeleton[i - 1] is '"' or '\'' or '/')
                && (after is '=' or '/' or '>' || char.IsWhiteSpace(after)))
            {
                return i;
            }

            if (i + 1 >= end) break;
        }

        return start;
    }

    /// <summary>The article-file location of a skeleton offset (the fragment's first character for -1).</summary>
    private SourceLocation At(int offset)
    {
        if (_chunks.Count == 0) return _scope.Positions.At(0);
        var chunk = _chunks[0];
        foreach (var candidate in _chunks)
        {
            if (candidate.Skeleton > offset) break;
            chunk = candidate;
        }

        return _scope.Positions.At(chunk.Body + Math.Max(0, offset - chunk.Skeleton));
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
