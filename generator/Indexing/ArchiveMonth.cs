using StaticSite.Content;

namespace StaticSite.Indexing;

/// <summary>One month of the date archive: the articles dated in it, newest first.</summary>
internal sealed record ArchiveMonth(int Year, int Month, IReadOnlyList<Article> Articles);
