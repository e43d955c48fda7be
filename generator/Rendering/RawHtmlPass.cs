using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticSite.Rendering;

/// <summary>Replaces the raw HTML of a parsed Markdown body by its sanitized form, container by container: the
/// children of a container that holds raw HTML become sanitized HTML around the Markdown children that stay.</summary>
internal static class RawHtmlPass
{
    /// <summary>Sanitizes every container among <paramref name="blocks"/> and <paramref name="inlines"/> (the parents
    /// of the body's raw HTML blocks and tags) in place.</summary>
    public static void Apply(InlineHtmlSanitizer sanitizer, IEnumerable<ContainerBlock> blocks,
        IEnumerable<ContainerInline> inlines, string body, RawHtmlScope scope)
    {
        foreach (var container in blocks.Distinct()) Blocks(sanitizer, container, body, scope);
        foreach (var container in inlines.Distinct()) Inlines(sanitizer, container, scope);
    }

    private static void Blocks(InlineHtmlSanitizer sanitizer, ContainerBlock container, string body,
        RawHtmlScope scope)
    {
        var children = container.ToList();
        var parts = children
            .Select(child => new RawHtmlPart(child is HtmlBlock html ? Lines(html, body) : null))
            .ToList();
        var pieces = sanitizer.Sanitize(parts, scope);
        for (var i = container.Count - 1; i >= 0; i--) container.RemoveAt(i);
        foreach (var piece in pieces)
        {
            if (piece.Html is null) container.Add(children[piece.Child]);
            else if (!string.IsNullOrWhiteSpace(piece.Html)) container.Add(Block(piece.Html));
        }
    }

    private static void Inlines(InlineHtmlSanitizer sanitizer, ContainerInline container, RawHtmlScope scope)
    {
        var children = container.ToList();
        var parts = children
            .Select(child => new RawHtmlPart(child is HtmlInline html
                ? [new RawHtmlLine(html.Tag ?? "", html.Span.Start)] : null))
            .ToList();
        var pieces = sanitizer.Sanitize(parts, scope);
        foreach (var child in children) child.Remove();
        foreach (var piece in pieces)
        {
            container.AppendChild(piece.Html is null ? children[piece.Child] : new HtmlInline(piece.Html));
        }
    }

    /// <summary>The lines of an HTML block, each with its end of line, at their offsets in the body.</summary>
    private static List<RawHtmlLine> Lines(HtmlBlock block, string body)
    {
        var lines = new List<RawHtmlLine>(block.Lines.Count);
        for (var i = 0; i < block.Lines.Count; i++)
        {
            var line = block.Lines.Lines[i];
            var offset = ReferenceEquals(line.Slice.Text, body) ? line.Slice.Start : line.Position;
            lines.Add(new RawHtmlLine(line.Slice.ToString() + "\n", offset));
        }

        return lines;
    }

    private static HtmlBlock Block(string html)
    {
        var block = new HtmlBlock(null) { Type = HtmlBlockType.NonInterruptingBlock };
        var slice = new StringSlice(html.TrimEnd('\n'));
        block.AppendLine(ref slice, 0, 0, 0, false);
        return block;
    }
}
