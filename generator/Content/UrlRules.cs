namespace StaticSite.Content;

/// <summary>Which URLs content may use: absolute http(s), mailto in bodies, and site-relative paths; never script or
/// data schemes.</summary>
internal static class UrlRules
{
    /// <summary>Whether the text is an absolute http or https URL with a host.</summary>
    public static bool IsAbsoluteHttp(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0
        && !url.Any(char.IsWhiteSpace) && !url.Any(char.IsControl);

    /// <summary>Whether the text is a path on this site (starts with one '/', no backslash or control
    /// characters).</summary>
    public static bool IsSiteRelative(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\')
        && !url.Any(char.IsControl) && !url.Any(char.IsWhiteSpace);

    /// <summary>Whether a link target in a Markdown body is allowed: http(s), mailto, site-relative, a fragment, or a
    /// relative path without a scheme.</summary>
    public static bool IsAllowedInBody(string url)
    {
        var trimmed = url.Trim();
        if (trimmed.Length == 0 || trimmed.Any(char.IsControl)) return false;
        if (trimmed.StartsWith('#') || IsSiteRelative(trimmed)) return true;
        var colon = trimmed.IndexOf(':');
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon)) return !trimmed.StartsWith("//", StringComparison.Ordinal);
        var scheme = trimmed[..colon].ToLowerInvariant();
        return scheme switch
        {
            "http" or "https" => IsAbsoluteHttp(trimmed),
            "mailto" => true,
            _ => false,
        };
    }

    /// <summary>The error for an image at a plain http address, which the site's Content-Security-Policy blocks (and
    /// browsers refuse on an https page).</summary>
    public static string PlainHttpImage(string url) =>
        $"the image '{(url.Length > 80 ? url[..80] + "…" : url)}' would be blocked: the site's " +
            "Content-Security-Policy allows images from this site and https addresses only; use its https address";
}
