namespace StaticSite.Rendering;

/// <summary>What the Markdown renderer needs to know about the site to rewrite and check links: the base path and which site paths exist.</summary>
public sealed record BodyLinkPolicy(string BasePath, IReadOnlySet<string> SitePaths);
