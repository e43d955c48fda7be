namespace StaticSite.Content;

/// <summary>An article file after loading: its paths, typed front matter and Markdown body (with the line the body
/// starts on), and the SHA-256 of the whole file, which stands for everything the file says when pages are
/// fingerprinted.</summary>
internal sealed record ArticleFile(
    string RelativePath, string DisplayPath, FrontMatter FrontMatter, MarkdownBody Body, int BodyLine, byte[] FileHash);
