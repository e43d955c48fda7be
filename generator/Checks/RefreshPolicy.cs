namespace StaticSite.Checks;

/// <summary>Where the audit accepts <c>&lt;meta http-equiv="refresh"&gt;</c>: only on the redirect pages the build
/// made for moved articles (by output path), and only to an address on this site.</summary>
/// <param name="Pages">The output paths of the redirect pages.</param>
/// <param name="SiteUrl">The site's absolute base URL; a refresh must lead under it, or under its path.</param>
internal sealed record RefreshPolicy(IReadOnlySet<string> Pages, string SiteUrl)
{
    /// <summary>Accepts no refresh anywhere.</summary>
    public static RefreshPolicy None { get; } = new(new HashSet<string>(), "");

    private string BasePath => Uri.TryCreate(SiteUrl, UriKind.Absolute, out var site) ? site.AbsolutePath : "/";

    /// <summary>Whether a refresh with <paramref name="content"/> (<c>0; url=…</c>) is the redirect the page at
    /// <paramref name="page"/> is allowed to make.</summary>
    public bool Allows(string page, string content)
    {
        if (!Pages.Contains(page) || SiteUrl.Length == 0) return false;
        var parts = content.Split(';', 2);
        if (parts.Length != 2 || parts[0].Trim() != "0") return false;
        var target = parts[1].Trim();
        if (!target.StartsWith("url=", StringComparison.OrdinalIgnoreCase)) return false;
        var url = target[4..].Trim();
        var onSite = url.StartsWith(SiteUrl, StringComparison.Ordinal)
            || (url.StartsWith(BasePath, StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal));
        return onSite && !url.Contains("..", StringComparison.Ordinal) && !url.Contains('\\')
            && OutputAuditor.IsSafeUrl(url) && !url.Any(char.IsWhiteSpace);
    }
}
