using StaticSite.Output;

namespace StaticSite.Incremental;

/// <summary>Where the pages of the previous build are: in its output folder (<c>build</c>) or in memory
/// (<c>serve</c>).</summary>
internal interface IPreviousOutput
{
    /// <summary>Whether the previous build's file for <paramref name="path"/> is still there.</summary>
    bool Contains(string path);

    /// <summary>Adds the previous build's file for <paramref name="path"/> to <paramref name="output"/>
    /// unchanged.</summary>
    void AddTo(OutputSet output, string path, IReadOnlyList<string> links);
}
