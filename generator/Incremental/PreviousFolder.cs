using StaticSite.Output;

namespace StaticSite.Incremental;

/// <summary>The previous build's pages in its output folder.</summary>
internal sealed class PreviousFolder(string outputDir) : IPreviousOutput
{
    public bool Contains(string path) => File.Exists(Path.Combine(outputDir, path));

    public void AddTo(OutputSet output, string path, IReadOnlyList<string> links) =>
        output.AddReused(path, Path.Combine(outputDir, path), links);
}
