using StaticSite.Output;

namespace StaticSite.Incremental;

/// <summary>The previous build's pages in its output folder; a page counts as there only at the size that build wrote
/// (<paramref name="sizes"/>), so a file cut short or rewritten by hand since is rendered again, not carried
/// over.</summary>
internal sealed class PreviousFolder(string outputDir, IDictionary<string, long>? sizes) : IPreviousOutput
{
    public bool Contains(string path)
    {
        var file = new FileInfo(Path.Combine(outputDir, path));
        return file.Exists && (sizes is null || sizes.TryGetValue(path, out var size) && size == file.Length);
    }

    public void AddTo(OutputSet output, string path, IReadOnlyList<string> links) =>
        output.AddReused(path, Path.Combine(outputDir, path), links);
}
