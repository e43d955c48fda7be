using StaticSite.Content;

namespace StaticSite.Indexing;

/// <summary>One year of the date archive: its articles and its months that have any, newest first.</summary>
internal sealed record ArchiveYear(int Year, IReadOnlyList<Article> Articles, IReadOnlyList<ArchiveMonth> Months);
