using StaticSite.Content;

namespace StaticSite.Indexing;

/// <summary>Files articles under the year and month of their date, as written (a timestamp counts in its own
/// offset).</summary>
internal static class ArchiveIndexer
{
    /// <summary>The years and months that have articles, newest first, each with its articles in the order of
    /// <paramref name="articles"/> (newest first).</summary>
    public static IReadOnlyList<ArchiveYear> Years(IReadOnlyList<Article> articles)
    {
        var years = new SortedDictionary<int, List<Article>>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
        var months = new SortedDictionary<(int Year, int Month), List<Article>>(
            Comparer<(int Year, int Month)>.Create((a, b) => b.CompareTo(a)));
        foreach (var article in articles)
        {
            var date = article.Date.Value;
            if (!years.TryGetValue(date.Year, out var year)) years[date.Year] = year = [];
            year.Add(article);
            if (!months.TryGetValue((date.Year, date.Month), out var month)) months[(date.Year, date.Month)] = month = [];
            month.Add(article);
        }

        return years
            .Select(year => new ArchiveYear(year.Key, year.Value, months.Where(m => m.Key.Year == year.Key)
                .Select(m => new ArchiveMonth(m.Key.Year, m.Key.Month, m.Value)).ToList()))
            .ToList();
    }
}
