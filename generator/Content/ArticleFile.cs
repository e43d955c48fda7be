namespace StaticSite.Content;

/// <summary>An article file after loading: its paths, typed front matter and Markdown body (with the line the body
/// starts on), and the SHA-256 of the whole file, which stands for everything the file says when pages are
/// fingerprinted.</summary>
internal sealed record ArticleFile(
    string RelativePath, string DisplayPath, FrontMatter FrontMatter, MarkdownBody Body, int BodyLine, byte[] FileHash)
{
    /// <summary>Reads the whole file again (for the rare message that needs a column the typed values no longer
    /// give, such as inside a quoted title); null for files made without a source.</summary>
    public Func<string>? ReadText { get; init; }
}
