using StaticSite.Diagnostics;

namespace StaticSite.Content;

/// <summary>What earlier builds learned from article files (the parsed front matter and the problems found), so the
/// loader parses only files that changed; kept on disk or in memory by the incremental build.</summary>
internal interface IArticleRecords
{
    /// <summary>The recorded article for <paramref name="source"/> when it is unchanged: judged by its stamp when
    /// <paramref name="fileHash"/> is null (before the file is read), else by the SHA-256 of its bytes. Its recorded
    /// problems are reported again into <paramref name="diagnostics"/>; <paramref name="article"/> is null for a file
    /// that could not be read as an article.</summary>
    bool TryRecall(ArticleSource source, byte[]? fileHash, DiagnosticBag diagnostics, out ArticleFile? article);

    /// <summary>Records what parsing <paramref name="source"/> (whose bytes hash to <paramref name="fileHash"/>)
    /// gave.</summary>
    void Remember(ArticleSource source, byte[] fileHash, ArticleFile? article, IReadOnlyList<Diagnostic> found);
}
