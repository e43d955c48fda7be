using System.Net;
using System.Text;
using StaticSite.Indexing;
using StaticSite.Output;

namespace StaticSite.Permalinks;

/// <summary>What a redirect becomes in the output: a small page at the old address (a zero-second refresh to the
/// article, its canonical link, and <c>noindex</c>), and a line in <c>_redirects</c> for hosts that answer it with a
/// 301 (Netlify, Cloudflare Pages).</summary>
internal static class RedirectFiles
{
    /// <summary>The page at the old address: it works on any static host (the refresh leads to the article's path on
    /// the same host, so a preview stays on the preview), and its canonical link tells search engines where the
    /// article lives now. <paramref name="icon"/> is the address of the site's icon (an SVG), when it has
    /// one.</summary>
    public static string Page(Redirect redirect, UrlMap root, string title, string movedText, string? icon)
    {
        var target = root.Absolute(redirect.Target);
        var href = root.Href(redirect.Target);
        string E(string text) => WebUtility.HtmlEncode(text);
        var iconLink = icon is null ? "" : $"\n<link rel=\"icon\" href=\"{E(icon)}\" type=\"image/svg+xml\">";
        return $"""
            <!doctype html>
            <html lang="{E(redirect.Article.Language)}">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="{E(SecurityHeaders.MetaPolicy)}">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(title)}</title>
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url={E(href)}">
            <link rel="canonical" href="{E(target)}">{iconLink}
            </head>
            <body>
            <main>
            <h1>{E(title)}</h1>
            <p>{E(movedText)} <a href="{E(href)}">{E(redirect.Article.Title)}</a></p>
            </main>
            </body>
            </html>

            """;
    }

    /// <summary>The <c>_redirects</c> file: one <c>old new 301</c> line per redirect, both paths with the site's base
    /// path.</summary>
    public static string Rules(IEnumerable<Redirect> redirects, UrlMap root)
    {
        var text = new StringBuilder("# Moved articles (aliases:): old address, new address, status.\n");
        foreach (var redirect in redirects)
        {
            text.Append(root.Href(redirect.SitePath)).Append(' ').Append(root.Href(redirect.Target)).Append(" 301\n");
        }

        return text.ToString();
    }
}
