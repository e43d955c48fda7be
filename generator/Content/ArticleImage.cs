namespace StaticSite.Content;

/// <summary>An article's lead image; <see cref="Src"/> may be absent when only a caption and credit came with the
/// text.</summary>
internal sealed record ArticleImage(string? Src, string? Alt, string? Caption, string? Credit);
