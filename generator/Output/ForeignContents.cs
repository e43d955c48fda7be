using System.Globalization;

namespace StaticSite.Output;

/// <summary>What a folder that is not ours holds, as the refusal names it: how many files (counted up to a limit, so a
/// home folder is not walked whole) and the first one or two entries by name.</summary>
internal sealed record ForeignContents(int Count, bool More, IReadOnlyList<string> Examples)
{
    private const int CountLimit = 100_000;

    /// <summary>Counts the files under <paramref name="folder"/> (hidden ones and those in hidden folders too, since
    /// they would be deleted as well) and names its first two top-level entries, folders with a trailing
    /// slash.</summary>
    public static ForeignContents Of(string folder)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true,
            ReturnSpecialDirectories = false,
        };
        var count = 0;
        foreach (var _ in Directory.EnumerateFiles(folder, "*", options))
        {
            if (++count > CountLimit) break;
        }

        var top = new DirectoryInfo(folder)
            .EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0 })
            .Select(e => e is DirectoryInfo ? e.Name + "/" : e.Name)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new ForeignContents(Math.Min(count, CountLimit), count > CountLimit, top.Take(2).ToList())
        {
            Entries = top.Count,
        };
    }

    /// <summary>How many entries the folder holds at its top level (empty folders count: a folder holding only empty
    /// folders is not empty).</summary>
    public int Entries { get; init; }

    /// <summary>Whether the folder holds nothing at all.</summary>
    public bool IsEmpty => Entries == 0;

    /// <summary>"3 files (for example .git/, thesis.md)".</summary>
    public string Describe()
    {
        var count = Count.ToString(CultureInfo.InvariantCulture) + (More ? "+" : "");
        var files = Count == 1 && !More ? "1 file" : $"{count} files";
        return Examples.Count == 0 ? files : $"{files} (for example {string.Join(", ", Examples)})";
    }
}
