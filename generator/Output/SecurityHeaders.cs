namespace StaticSite.Output;

/// <summary>The <c>_headers</c> file (Netlify and Cloudflare Pages format): a strict Content-Security-Policy and
/// related headers for every page, long caching for fingerprinted assets.</summary>
internal static class SecurityHeaders
{
    /// <summary>The policy: only the site's own scripts and stylesheets, no inline code, no plugins, no framing; images
    /// may also come from https sources (articles can use remote images).</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:; object-src 'none'; base-uri " +
            "'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The file's text for a site served under <paramref name="basePath"/> (such as <c>/reports/</c>);
    /// <paramref name="fingerprinted"/> output paths never change content, so they may be cached for a year.</summary>
    public static string For(string basePath, IEnumerable<string> fingerprinted) =>
        $"/*\n  Content-Security-Policy: {ContentSecurityPolicy}\n  X-Content-Type-Options: nosniff\n  " +
            $"Referrer-Policy: strict-origin-when-cross-origin\n  X-Frame-Options: DENY\n"
        + string.Concat(fingerprinted.Order(StringComparer.Ordinal)
            .Select(path => $"{basePath}{path}\n  Cache-Control: public, max-age=31536000, immutable\n"));
}
