using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticSite.Diagnostics;
using StaticSite.Output;

namespace StaticSite.Checks;

/// <summary>The post-process stage's safety net: parses every built page and refuses markup no template should produce
/// from content (event handlers, script URLs, foreign scripts, frames, forms other than the site's own GET search form,
/// inline styles), a page without the site's Content-Security-Policy <c>&lt;meta&gt;</c> ahead of what it loads, and
/// anything that policy would block (images other than the site's or https, stylesheets and media from elsewhere), so
/// no page needs what its policy forbids.</summary>
internal sealed class OutputAuditor
{
    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "action", "formaction", "poster", "data", "cite", "background", "longdesc", "lowsrc", "dynsrc",
        "manifest", "ping", "codebase", "classid", "xlink:href", "icon", "profile", "usemap", "itemtype",
    };

    private static readonly HashSet<string> ForbiddenElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "iframe", "frame", "frameset", "object", "embed", "applet", "form", "base", "style", "portal",
    };

    /// <summary>Audits every HTML page of <paramref name="output"/>; each finding is an error naming the page, reported
    /// at <paramref name="templatesDisplay"/> because only templates write markup.</summary>
    public void Audit(OutputSet output, string basePath, string templatesDisplay, DiagnosticBag diagnostics,
        RefreshPolicy? refresh = null)
    {
        var pages = output.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Parallel.ForEach(pages, () => new HtmlParser(), (page, _, parser) =>
        {
            var allowed = refresh is null ? null : (Func<string, bool>)(c => refresh.Allows(page.Path, c));
            foreach (var finding in Findings(parser, Encoding.UTF8.GetString(page.ReadBytes()), basePath, allowed))
            {
                diagnostics.Error(SourceLocation.FileOnly(templatesDisplay),
                    $"unsafe markup in page /{page.Path}: {finding}");
            }

            return parser;
        }, _ => { });
    }

    /// <summary>What is unsafe in one page, one sentence per finding, in document order; <paramref
    /// name="refreshAllowed"/> accepts the content of a <c>&lt;meta http-equiv="refresh"&gt;</c> (a redirect page's),
    /// which is refused otherwise.</summary>
    public static IEnumerable<string> Findings(HtmlParser parser, string html, string basePath,
        Func<string, bool>? refreshAllowed = null)
    {
        using var document = parser.ParseDocument(html);
        if (PolicyMetaProblem(document) is { } missing) yield return missing;
        foreach (var element in document.All)
        {
            var name = element.LocalName;
            if (BlockedByPolicy(element) is { } blocked) yield return blocked;
            if (name == "form" && IsSiteSearchForm(element, basePath)) { }
            else if (ForbiddenElements.Contains(name))
            {
                yield return $"<{name}> element";
                continue;
            }

            if (name == "script" && ScriptProblem(element, basePath) is { } problem) yield return problem;
            if (name == "meta" && element.GetAttribute("http-equiv") is { } equiv && equiv.Trim()
                .Equals("refresh", StringComparison.OrdinalIgnoreCase)
                && refreshAllowed?.Invoke(element.GetAttribute("content") ?? "") != true)
            {
                yield return "<meta http-equiv=\"refresh\">";
            }

            foreach (var attribute in element.Attributes)
            {
                var attributeName = attribute.Name;
                if (attributeName.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"event handler attribute {attributeName} on <{name}>";
                }
                else if (attributeName.Equals("style", StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"style attribute on <{name}>";
                }
                else if (attributeName.Equals("srcset", StringComparison.OrdinalIgnoreCase)
                    || attributeName.Equals("imagesrcset", StringComparison.OrdinalIgnoreCase))
                {
                    foreach (var candidate in attribute.Value.Split(','))
                    {
                        var url = candidate.Trim().Split(' ', 2)[0];
                        if (!IsSafeUrl(url))
                        {
                            yield return $"{attributeName}=\"{Shorten(url)}\" on <{name}> uses a scheme other than " +
                                $"http, https or mailto";
                        }
                    }
                }
                else if (UrlAttributes.Contains(attributeName) && !IsSafeUrl(attribute.Value))
                {
                    yield return $"{attributeName}=\"{Shorten(attribute.Value)}\" on <{name}> uses a scheme other " +
                        $"than http, https or mailto";
                }
            }
        }
    }

    /// <summary>Whether a URL, as a browser reads it (surrounding spaces trimmed, tabs and newlines removed), is
    /// relative or uses http, https or mailto.</summary>
    public static bool IsSafeUrl(string value)
    {
        var url = new string(value.Trim().Where(c => c is not ('\t' or '\n' or '\r')).ToArray());
        if (url.Any(char.IsControl)) return false;
        var colon = url.IndexOf(':');
        if (colon < 0) return true;
        var delimiter = url.IndexOfAny(['/', '?', '#']);
        if (delimiter >= 0 && delimiter < colon) return true;
        return url[..colon].ToLowerInvariant() is "http" or "https" or "mailto";
    }

    /// <summary>What is wrong with the page's Content-Security-Policy <c>&lt;meta&gt;</c>: missing, not the site's
    /// policy, or after an element that loads something (a meta policy covers only what follows it).</summary>
    private static string? PolicyMetaProblem(IDocument document)
    {
        foreach (var element in document.All)
        {
            if (element.LocalName == "meta" && element.GetAttribute("http-equiv")?.Trim()
                .Equals("content-security-policy", StringComparison.OrdinalIgnoreCase) == true)
            {
                return element.GetAttribute("content") == SecurityHeaders.MetaPolicy ? null
                    : $"the Content-Security-Policy <meta> is not the site's policy ({SecurityHeaders.MetaPolicy})";
            }

            if (element.LocalName is "link" or "script" or "style" or "img" or "base" or "body")
            {
                return element.LocalName == "body"
                    ? "no Content-Security-Policy <meta> in <head> (every page carries the site's policy)"
                    : $"<{element.LocalName}> before the Content-Security-Policy <meta>, which covers only what " +
                        "follows it";
            }
        }

        return "no Content-Security-Policy <meta> in <head> (every page carries the site's policy)";
    }

    /// <summary>What the site's policy would block this element from loading: images other than the site's own or
    /// https (<c>img-src 'self' https:</c>), stylesheets, media and tracks from another origin.</summary>
    private static string? BlockedByPolicy(IElement element)
    {
        var name = element.LocalName;
        var inMedia = name is "video" or "audio" or "track"
            || name == "source" && element.ParentElement?.LocalName is "video" or "audio";
        var images = name is "img" || name == "source" && !inMedia
            || name == "link"
                && element.GetAttribute("rel")?.Contains("icon", StringComparison.OrdinalIgnoreCase) == true;
        var urls = new List<string>();
        if (images || inMedia) urls.AddRange(UrlsOf(element, "src", "srcset", "href", "poster"));
        else if (name == "link" && element.GetAttribute("rel")?.Split(' ')
            .Contains("stylesheet", StringComparer.OrdinalIgnoreCase) == true)
        {
            urls.AddRange(UrlsOf(element, "href"));
        }

        var blocked = urls.FirstOrDefault(url => !IsOwnUrl(url) && !(images && IsHttps(url)));
        return blocked is null ? null
            : $"<{name}> loads \"{Shorten(blocked)}\", which the Content-Security-Policy blocks (" +
                (images ? "images come from this site or https only)" : "only this site's files are allowed)");
    }

    private static IEnumerable<string> UrlsOf(IElement element, params string[] attributes)
    {
        foreach (var attribute in attributes)
        {
            if (element.GetAttribute(attribute) is not { } value) continue;
            if (!attribute.EndsWith("srcset", StringComparison.Ordinal)) yield return value.Trim();
            else foreach (var candidate in value.Split(',')) yield return candidate.Trim().Split(' ', 2)[0];
        }
    }

    private static bool IsOwnUrl(string url)
    {
        if (url.StartsWith("//", StringComparison.Ordinal)) return false;
        var colon = url.IndexOf(':');
        var slash = url.IndexOfAny(['/', '?', '#']);
        return colon < 0 || slash >= 0 && slash < colon;
    }

    private static bool IsHttps(string url) => url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static bool IsSiteSearchForm(IElement form, string basePath) =>
        string.Equals(form.GetAttribute("method")?.Trim(), "get", StringComparison.OrdinalIgnoreCase)
        && form.GetAttribute("action") is { } action
        && action.StartsWith(basePath, StringComparison.Ordinal)
        && !action.Contains("..", StringComparison.Ordinal)
        && action.TrimEnd('/').EndsWith("/search", StringComparison.Ordinal);

    private static string? ScriptProblem(IElement script, string basePath)
    {
        var type = script.GetAttribute("type")?.Trim();
        var src = script.GetAttribute("src");
        if (string.Equals(type, "application/ld+json", StringComparison.OrdinalIgnoreCase) && src is null) return null;
        if (src is not null && script.TextContent.Trim().Length == 0
            && src.StartsWith(basePath + "assets/", StringComparison.Ordinal)
            && !src.Contains("..", StringComparison.Ordinal) && (type is null || type is "module" or "text/javascript"))
        {
            return null;
        }

        return src is null ? "inline <script> element" : $"<script src=\"{Shorten(src)}\"> outside the site's /assets/";
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
