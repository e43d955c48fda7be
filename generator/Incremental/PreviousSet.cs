using StaticSite.Output;

namespace StaticSite.Incremental;

/// <summary>The previous build's pages held in memory; their bytes are shared with the next build, not
/// copied.</summary>
internal sealed class PreviousSet(OutputSet previous) : IPreviousOutput
{
    public bool Contains(string path) => previous.Contains(path);

    public void AddTo(OutputSet output, string path, IReadOnlyList<string> links) =>
        output.AddReused(previous.Get(path)!, links);
}
