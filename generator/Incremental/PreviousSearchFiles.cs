using StaticSite.Output;
using StaticSite.Search;

namespace StaticSite.Incremental;

/// <summary>The previous build's files in one search folder, taken from and recorded in the page records (as files,
/// not counted as pages).</summary>
internal sealed class PreviousSearchFiles(PageRecords records, OutputSet output, string folder) : IPreviousFiles
{
    public string? KeyOf(string path) => records.PreviousKey(folder + path);

    public bool Reuse(IReadOnlyList<string> paths, string key) =>
        records.ReuseFiles(output, paths.Select(p => folder + p).ToList(), key);

    public void Record(IReadOnlyList<string> paths, string key) =>
        records.RecordFiles(paths.Select(p => folder + p), key);
}
