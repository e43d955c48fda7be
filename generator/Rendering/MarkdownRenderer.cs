using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticSite.Content;
using StaticSite.Diagnostics;
using StaticSite.Indexing;
using StaticSite.Rendering.Models;

namespace StaticSite.Rendering;

/// <summary>Renders an article body to trusted HTML: refuses unsafe link schemes, checks links to site pages, adds the
/// base path to site-relative links, and turns each image of a published photograph into a responsive
/// <c>&lt;picture&gt;</c> (a plain link to a photograph goes to its widest published file).</summary>
internal sealed class MarkdownRenderer(MarkdownPipeline pipeline)
{
    private static readonly InlineHtmlSanitizer Sanitizer = new();

    /// <summary>Renders <paramref name="article"/>'s body; link problems are reported at their line and column in the
    /// article file.</summary>
    public SafeHtml Render(Article article, BodyLinkPolicy links, DiagnosticBag diagnostics, string? pagePath = null) =>
        Render(article, article.Body.Text, links, diagnostics, pagePath);

    /// <summary>Renders <paramref name="article"/>'s body from its <paramref name="text"/>, already read by the
    /// caller; relative link targets are resolved against <paramref name="pagePath"/>, the site path of the page the
    /// body is shown on (by default the article's page in the default language).</summary>
    public SafeHtml Render(Article article, string text, BodyLinkPolicy links, DiagnosticBag diagnostics,
        string? pagePath = null) =>
        Render(new BodyOrigin(article.DisplayPath, article.BodyLine), text,
            new LinkTargets(links, pagePath ?? UrlMap.Article(article.Slug), diagnostics));

    /// <summary>Renders the body of a file left out for an error and drops the result, so <c>check</c> reports the
    /// body's mistakes (links, images, HTML) in the same run as the front matter's.</summary>
    public void Check(ArticleFile file, BodyLinkPolicy links, DiagnosticBag diagnostics)
    {
        var slug = file.FrontMatter.Slug?.Value ?? Path.GetFileNameWithoutExtension(file.RelativePath);
        var page = Slugs.IsSafe(slug) ? UrlMap.Article(slug) : "/articles/";
        Render(new BodyOrigin(file.DisplayPath, file.BodyLine), file.Body.Text,
            new LinkTargets(links, page, diagnostics));
    }

    private SafeHtml Render(BodyOrigin origin, string text, LinkTargets targets)
    {
        Markdig.Syntax.MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, pipeline);
        }
        catch (ArgumentException e)
        {
            targets.Diagnostics.Error(new SourceLocation(origin.DisplayPath, origin.BodyLine, 1),
                $"the body cannot be rendered: {e.Message}");
            return new SafeHtml("");
        }

        var pictures = new List<(LinkInline Link, string Html)>();
        var raw = Walk(document, origin, targets, pictures);
        if (raw.Blocks.Count > 0 || raw.Inlines.Count > 0)
        {
            var scope = new RawHtmlScope(new BodyPositions(origin, text), targets.Diagnostics,
                (url, isImage, at) => Rewrite(WidestPhoto(url, targets.Links) ?? url, isImage, at, targets));
            RawHtmlPass.Apply(Sanitizer, raw.Blocks, raw.Inlines, text, scope);
        }

        foreach (var (link, html) in pictures.Where(p => p.Link.Parent is not null))
        {
            link.ReplaceBy(new HtmlInline(html), copyChildren: false);
        }

        var writer = _writer ??= new StringWriter { NewLine = "\n" };
        writer.GetStringBuilder().Clear();
        document.ToHtml(writer, pipeline);
        return new SafeHtml(writer.ToString());
    }

    /// <summary>What a link is checked against: the site, the page the body is on, and where problems go.</summary>
    private sealed record LinkTargets(BodyLinkPolicy Links, string PagePath, DiagnosticBag Diagnostics);

    /// <summary>The containers of a body's raw HTML, found while its links are checked.</summary>
    private sealed record RawHtml(List<ContainerBlock> Blocks, List<ContainerInline> Inlines);

    /// <summary>Checks and rewrites every link and image, aligns tables with classes, turns a bare address whose scheme
    /// is not allowed back into text, and returns the containers that hold raw HTML.</summary>
    private static RawHtml Walk(Markdig.Syntax.MarkdownDocument document, BodyOrigin origin, LinkTargets targets,
        List<(LinkInline Link, string Html)> pictures)
    {
        var raw = new RawHtml([], []);
        List<LinkInline>? plain = null;
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LinkInline { IsAutoLink: true } bare when !UrlRules.IsAllowedInBody(bare.Url ?? ""):
                    (plain ??= []).Add(bare);
                    break;
                case LinkInline link when link.Url is not null:
                    if (Photograph(link, At(origin, link), targets.Links, targets.Diagnostics) is { } picture)
                    {
                        pictures.Add((link, picture));
                        break;
                    }

                    link.Url = Rewrite(link.Url, link.IsImage, At(origin, link), targets);
                    if (link.Title is not null && link.Title.Any(char.IsControl)) link.Title = null;
                    break;
                case AutolinkInline auto:
                    auto.Url = Rewrite(auto.Url, false, At(origin, auto), targets);
                    break;
                case Markdig.Extensions.Tables.Table table:
                    AlignWithClasses(table);
                    break;
                case HtmlBlock { Parent: { } parent }:
                    raw.Blocks.Add(parent);
                    break;
                case HtmlInline { Parent: { } parent }:
                    raw.Inlines.Add(parent);
                    break;
            }
        }

        foreach (var bare in plain ?? []) bare.ReplaceBy(new LiteralInline(bare.Url ?? ""));
        return raw;
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

    /// <summary>For a link to a photograph of <c>content/media/</c>: an image becomes the markup of its picture
    /// (returned), a plain link is pointed at the widest published file; a photograph that cannot be published, or an
    /// image without alt text, is an error at the link. Null for every other link.</summary>
    private static string? Photograph(LinkInline link, SourceLocation at, BodyLinkPolicy links,
        DiagnosticBag diagnostics)
    {
        var url = link.Url!;
        if (!UrlRules.IsSiteRelative(url)) return NoAlt(link, at, diagnostics);
        if (links.Images.At(url) is not { } photo) return NoAlt(link, at, diagnostics);
        if (photo.Problem is { } problem)
        {
            diagnostics.Error(at, $"image '{Shorten(url)}' {problem}");
            link.Url = "";
            return null;
        }

        if (!link.IsImage)
        {
            link.Url = "/" + photo.Largest.Path;
            return null;
        }

        var alt = AltText(link);
        if (alt.Length == 0)
        {
            NoAlt(link, at, diagnostics);
            link.Url = "";
            return null;
        }

        return Pictures.Html(Pictures.Of(photo, path => links.BasePath + path.TrimStart('/'), Pictures.BodySizes),
            alt, link.Title);
    }

    /// <summary>The widest published file of the photograph <paramref name="url"/> names (its original is never
    /// published), for a raw HTML <c>&lt;img&gt;</c> or link; null when it names none.</summary>
    private static string? WidestPhoto(string url, BodyLinkPolicy links) =>
        UrlRules.IsSiteRelative(url) && links.Images.At(url) is { Problem: null } photo ? "/" + photo.Largest.Path : null;

    private static string? NoAlt(LinkInline link, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (link.IsImage && AltText(link).Length == 0)
        {
            diagnostics.Error(at, "the image has no alt text: describe it between the brackets, as in " +
                "![Two media players on a table](/media/players.jpg)");
        }

        return null;
    }

    /// <summary>The plain text of an image's description (its brackets).</summary>
    private static string AltText(LinkInline link)
    {
        var text = new StringBuilder();
        foreach (var inline in link.Descendants<LiteralInline>()) text.Append(inline.Content.ToString());
        foreach (var code in link.Descendants<CodeInline>()) text.Append(code.Content);
        return text.ToString().Trim();
    }

    private static SourceLocation At(BodyOrigin origin, MarkdownObject node) =>
        new(origin.DisplayPath, origin.BodyLine + node.Line, node.Column + 1);

    private static string Rewrite(string url, bool isImage, SourceLocation at, LinkTargets targets)
    {
        var (links, diagnostics) = (targets.Links, targets.Diagnostics);
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

        var written = url;
        if (IsRelativePath(url)) url = Resolve(url, targets.PagePath);
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
            var target = ReferenceEquals(written, url) ? $"'{Shorten(url)}'"
                : $"'{Shorten(written)}' (from this page: {Shorten(Uri.UnescapeDataString(path))})";
            diagnostics.Error(at, $"{(isImage ? "image" : "link")} to {target}, which is not a page or file of this " +
                $"site{LinkSuggestions.For(Uri.UnescapeDataString(path), links.SitePaths)}");
            return "";
        }
        else if (!ReferenceEquals(normalized, path))
        {
            url = normalized + (pathEnd < 0 ? "" : url[pathEnd..]);
        }

        return links.BasePath + url.TrimStart('/');
    }

    /// <summary>Whether a target is a path relative to the page (no scheme, not from the site root, not only a
    /// fragment), which a browser resolves against the page's address.</summary>
    private static bool IsRelativePath(string url)
    {
        if (url.Length == 0 || url[0] is '/' or '#') return false;
        var colon = url.IndexOf(':');
        var delimiter = url.IndexOfAny(['/', '?', '#']);
        return colon < 0 || (delimiter >= 0 && delimiter < colon);
    }

    /// <summary>The site path a relative target names from <paramref name="pagePath"/>, as a browser resolves
    /// it.</summary>
    private static string Resolve(string url, string pagePath)
    {
        var resolved = new Uri(new Uri(PageOrigin, pagePath), url);
        return resolved.AbsolutePath + resolved.Query + resolved.Fragment;
    }

    private static readonly Uri PageOrigin = new("https://site.invalid/");

    private static string Shorten(string url) => url.Length > 80 ? url[..80] + "…" : url;
}
