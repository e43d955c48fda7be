namespace StaticSite.Output;

/// <summary>The <c>_headers</c> file (Netlify and Cloudflare Pages format): a strict Content-Security-Policy and
/// related headers for every page, long caching for fingerprinted assets.</summary>
internal static class SecurityHeaders
{
    /// <summary>The directives a page's <c>&lt;meta http-equiv="Content-Security-Policy"&gt;</c> can hold (every one
    /// but <c>frame-ancestors</c>, which browsers honour only in a header): only the site's own scripts and
    /// stylesheets, no inline code, no plugins; images may also come from https sources (articles can use remote
    /// images). Every page carries it, so the policy holds on hosts that ignore <c>_headers</c> (GitHub
    /// Pages).</summary>
    public const string MetaPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:; object-src 'none'; base-uri " +
            "'self'; form-action 'self'";

    /// <summary>The whole policy, as the <c>_headers</c> file and the dev server send it: the meta policy and no
    /// framing.</summary>
    public const string ContentSecurityPolicy = MetaPolicy + "; frame-ancestors 'none'";

    /// <summary>The headers every page gets, in order.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> PageHeaders =
    [
        new("Content-Security-Policy", ContentSecurityPolicy),
        new("X-Content-Type-Options", "nosniff"),
        new("Referrer-Policy", "strict-origin-when-cross-origin"),
        new("X-Frame-Options", "DENY"),
    ];

    /// <summary>The file's text for a site served under <paramref name="basePath"/> (such as <c>/reports/</c>);
    /// <paramref name="fingerprinted"/> output paths never change content, so they may be cached for a year.</summary>
    public static string For(string basePath, IEnumerable<string> fingerprinted) =>
        "/*\n" + string.Concat(PageHeaders.Select(h => $"  {h.Key}: {h.Value}\n"))
        + string.Concat(fingerprinted.Order(StringComparer.Ordinal)
            .Select(path => $"{basePath}{path}\n  Cache-Control: public, max-age=31536000, immutable\n"));
}
