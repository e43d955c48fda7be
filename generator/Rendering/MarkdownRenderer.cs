using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticSite.Content;
using StaticSite.Diagnostics;
using StaticSite.Rendering.Models;

namespace StaticSite.Rendering;

/// <summary>Renders an article body to trusted HTML: refuses unsafe link schemes, checks links to site pages, and adds
/// the base path to site-relative links.</summary>
internal sealed class MarkdownRenderer(MarkdownPipeline pipeline)
{
    /// <summary>Renders <paramref name="article"/>'s body; link problems are reported at their line and column in the
    /// article file.</summary>
    public SafeHtml Render(Article article, BodyLinkPolicy links, DiagnosticBag diagnostics) =>
        Render(article, article.Body.Text, links, diagnostics);

    /// <summary>Renders <paramref name="article"/>'s body from its <paramref name="text"/>, already read by the
    /// caller.</summary>
    public SafeHtml Render(Article article, string text, BodyLinkPolicy links, DiagnosticBag diagnostics)
    {
        Markdig.Syntax.MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, pipeline);
        }
        catch (ArgumentException e)
        {
            diagnostics.Error(new SourceLocation(article.DisplayPath, article.BodyLine, 1),
                $"the body cannot be rendered: {e.Message}");
            return new SafeHtml("");
        }

        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LinkInline link when link.Url is not null:
                    link.Url = Rewrite(link.Url, link.IsImage, At(article, link), links, diagnostics);
                    if (link.Title is not null && link.Title.Any(char.IsControl)) link.Title = null;
                    break;
                case AutolinkInline auto:
                    auto.Url = Rewrite(auto.Url, false, At(article, auto), links, diagnostics);
                    break;
                case Markdig.Extensions.Tables.Table table:
                    AlignWithClasses(table);
                    break;
            }
        }

        var writer = _writer ??= new StringWriter { NewLine = "\n" };
        writer.GetStringBuilder().Clear();
        document.ToHtml(writer, pipeline);
        return new SafeHtml(writer.ToString());
    }

    /// <summary>Each thread's output for bodies, reused so its buffer grows once rather than for every article; Markdig
    /// lends the set-up renderer.</summary>
    [ThreadStatic]
    private static StringWriter? _writer;

    /// <summary>Turns column alignment into <c>align-*</c> classes: Markdig would write <c>style</c> attributes, which
    /// the Content-Security-Policy forbids.</summary>
    private static void AlignWithClasses(Markdig.Extensions.Tables.Table table)
    {
        var columns = table.ColumnDefinitions;
        foreach (var row in table.OfType<Markdig.Extensions.Tables.TableRow>())
        {
            for (var i = 0; i < row.Count; i++)
            {
                if (row[i] is not Markdig.Extensions.Tables.TableCell cell) continue;
                var column = cell.ColumnIndex >= 0 ? cell.ColumnIndex : i;
                if (column < columns.Count && columns[column].Alignment is { } alignment)
                {
                    cell.GetAttributes().AddClass("align-" + alignment.ToString().ToLowerInvariant());
                }
            }
        }

        foreach (var column in columns) column.Alignment = null;
    }

    private static SourceLocation At(Article article, MarkdownObject node) =>
        new(article.DisplayPath, article.BodyLine + node.Line, node.Column + 1);

    private static string Rewrite(string url, bool isImage, SourceLocation at, BodyLinkPolicy links,
        DiagnosticBag diagnostics)
    {
        if (!UrlRules.IsAllowedInBody(url))
        {
            diagnostics.Error(at, $"link target '{Shorten(url)}' is not allowed: use http(s), mailto or a site path " +
                $"such as /articles/slug/");
            return "";
        }

        if (isImage && url.TrimStart().StartsWith("http:", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Error(at, UrlRules.PlainHttpImage(url));
            return "";
        }

        if (!UrlRules.IsSiteRelative(url)) return url;

        var pathEnd = url.IndexOfAny(['?', '#']);
        var path = pathEnd < 0 ? url : url[..pathEnd];
        var normalized = path.EndsWith('/') || Path.HasExtension(path) ? path : path + "/";
        if (!links.SitePaths.Contains(Uri.UnescapeDataString(normalized))
            && links.Aliases.TryGetValue(Uri.UnescapeDataString(normalized), out var moved))
        {
            url = moved + (pathEnd < 0 ? "" : url[pathEnd..]);
        }
        else if (!links.SitePaths.Contains(Uri.UnescapeDataString(normalized)))
        {
            diagnostics.Error(at, $"{(isImage ? "image" : "link")} to '{Shorten(url)}', which is not a page or file " +
                $"of this site");
            return "";
        }
        else if (!ReferenceEquals(normalized, path))
        {
            url = normalized + (pathEnd < 0 ? "" : url[pathEnd..]);
        }

        return links.BasePath + url.TrimStart('/');
    }

    private static string Shorten(string url) => url.Length > 80 ? url[..80] + "…" : url;
}
