using System.Text;
using System.Text.RegularExpressions;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace StaticSite.Rendering;

/// <summary>Sanitizes the raw HTML of an article body with HtmlSanitizer, against <see cref="HtmlAllowList"/>. The
/// raw pieces of one Markdown container (its HTML blocks, or the HTML tags among a paragraph's words) are sanitized
/// together as one fragment in which every Markdown child stands as an opaque placeholder, so an element may span
/// Markdown (<c>&lt;sup&gt;2&lt;/sup&gt;</c>, <c>&lt;details&gt;</c> around paragraphs), the parser balances what the
/// contributor left open, and the markup the Markdown renderer writes itself is never handed to the sanitizer. Every
/// removal is reported at its place in the article file.</summary>
internal sealed partial class InlineHtmlSanitizer
{
    private const string DocumentStart = "<!doctype html><html><head></head><body>";
    private const char PlaceholderOpen = '\uE000';
    private const char PlaceholderClose = '\uE001';

    private readonly HtmlSanitizer _sanitizer;

    /// <summary>The fragment being sanitized on this thread, which the sanitizer's removal events report to: the one
    /// configured sanitizer is shared by every thread (its sanitizing is thread-safe once configured), so what a call
    /// removes is collected per thread.</summary>
    [ThreadStatic]
    private static RawHtmlFragment? _current;

    /// <summary>Each thread's parser: it keeps source positions, which HtmlSanitizer's own parser does not.</summary>
    [ThreadStatic]
    private static HtmlParser? _parser;

    /// <summary>Configures the sanitizer once: the allowed elements and attributes, http, https and mailto URLs, no
    /// styles, classes or data attributes.</summary>
    public InlineHtmlSanitizer()
    {
        var options = HtmlSanitizerOptions.Empty();
        options.AllowedTags.UnionWith(HtmlAllowList.Elements.Keys);
        options.AllowedAttributes.UnionWith(HtmlAllowList.Attributes);
        options.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        options.UriAttributes.UnionWith(HtmlSanitizerDefaults.UriAttributes);
        _sanitizer = new HtmlSanitizer(options) { KeepChildNodes = false };
        _sanitizer.RemovingTag += (_, e) => _current?.RemovingTag(e);
        _sanitizer.RemovingAttribute += (_, e) => _current?.RemovingAttribute(e);
    }

    /// <summary>Sanitizes <paramref name="parts"/>, the children of one Markdown container in order (raw HTML, or
    /// anything else, which is kept as it is); returns what the container holds instead: sanitized HTML between the
    /// indexes of the kept children. A child inside a removed element (the text of a <c>&lt;script&gt;</c>) is
    /// left out.</summary>
    public IReadOnlyList<SanitizedPiece> Sanitize(IReadOnlyList<RawHtmlPart> parts, RawHtmlScope scope)
    {
        var fragment = new RawHtmlFragment(parts, DocumentStart.Length, scope);
        var parser = _parser ??= new HtmlParser(
            new HtmlParserOptions { IsKeepingSourceReferences = true, IsScripting = true },
            BrowsingContext.New(Configuration.Default.WithCss()));
        using var document = parser.ParseDocument(DocumentStart + fragment.Skeleton);
        var body = document.Body!;
        _current = fragment;
        try
        {
            _sanitizer.SanitizeDom(document, body);
        }
        finally
        {
            _current = null;
        }

        fragment.CheckElements(body);
        return Split(body.ChildNodes.ToHtml(HtmlFormatter.Instance), parts.Count);
    }

    /// <summary>Replaces a character that would pass for a placeholder in the contributor's own HTML.</summary>
    internal static string Neutralize(string raw) =>
        raw.IndexOfAny([PlaceholderOpen, PlaceholderClose]) < 0 ? raw
            : raw.Replace(PlaceholderOpen, '\uFFFD').Replace(PlaceholderClose, '\uFFFD');

    /// <summary>The placeholder that stands for child <paramref name="index"/>.</summary>
    internal static string Placeholder(int index) => $"{PlaceholderOpen}{index}{PlaceholderClose}";

    private static List<SanitizedPiece> Split(string html, int count)
    {
        var pieces = new List<SanitizedPiece>();
        var used = new bool[count];
        var position = 0;
        foreach (Match match in PlaceholderPattern().Matches(html))
        {
            if (match.Index > position) pieces.Add(new SanitizedPiece(html[position..match.Index], -1));
            var index = int.Parse(match.Groups[1].ValueSpan, provider: null);
            if (index < count && !used[index])
            {
                used[index] = true;
                pieces.Add(new SanitizedPiece(null, index));
            }

            position = match.Index + match.Length;
        }

        if (position < html.Length) pieces.Add(new SanitizedPiece(html[position..], -1));
        return pieces;
    }

    [GeneratedRegex("\uE000([0-9]{1,9})\uE001", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderPattern();
}
