using StaticSite.Output;
using StaticSite.Validation;

namespace StaticSite.Serve;

/// <summary>What the server shows at one moment: the last good site, and the errors of the latest build when it failed.</summary>
public sealed record BuildSnapshot(OutputSet? Site, string BasePath, IReadOnlyList<Diagnostic> Errors, int Version)
{
    /// <summary>Whether the latest build failed (the last good site, if any, is still served).</summary>
    public bool Failed => Errors.Count > 0;
}
