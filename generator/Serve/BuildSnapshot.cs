using StaticSite.Diagnostics;
using StaticSite.Output;

namespace StaticSite.Serve;

/// <summary>What the server shows at one moment: the last good site with any previewed article pages laid over it, and
/// the errors of the latest build when it failed.</summary>
internal sealed record BuildSnapshot(OutputSet? Site, string BasePath, IReadOnlyList<Diagnostic> Errors, int Version)
{
    /// <summary>Pages rendered ahead of the full rebuild (edited articles), by output path; they win over <see
    /// cref="Site"/>.</summary>
    public IReadOnlyDictionary<string, OutputFile> Previews { get; init; } =
        new Dictionary<string, OutputFile>(StringComparer.Ordinal);

    /// <summary>Whether the latest build failed (the last good site, if any, is still served).</summary>
    public bool Failed => Errors.Count > 0;

    /// <summary>Whether the served site has a file at <paramref name="path"/>.</summary>
    public bool Contains(string path) => Previews.ContainsKey(path) || Site?.Contains(path) == true;

    /// <summary>The served file at <paramref name="path"/>, the preview first.</summary>
    public OutputFile? Get(string path) => Previews.GetValueOrDefault(path) ?? Site?.Get(path);
}
