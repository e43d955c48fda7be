using StaticSite.Content;

namespace StaticSite.Indexing;

/// <summary>What the index knows around one article: related articles by shared topics, and its older and newer
/// neighbours.</summary>
internal sealed record ArticleLinks(IReadOnlyList<Article> Related, Article? Older, Article? Newer);
