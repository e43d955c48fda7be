namespace StaticSite.Rendering.Models;

/// <summary>One year on the archive page, with its months.</summary>
/// <param name="Name">The year as written (2021).</param>
/// <param name="Url">The year's page.</param>
/// <param name="Count">How many articles the year has.</param>
/// <param name="Months">Its months that have articles, newest first, each with its page and count.</param>
internal sealed record ArchiveYearModel(string Name, string Url, int Count, IReadOnlyList<DirectoryEntryModel> Months);
