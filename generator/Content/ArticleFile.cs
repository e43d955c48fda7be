namespace StaticSite.Content;

/// <summary>An article file after loading: its paths, typed front matter and Markdown body (with the line the body starts on).</summary>
public sealed record ArticleFile(string RelativePath, string DisplayPath, FrontMatter FrontMatter, MarkdownBody Body, int BodyLine);
