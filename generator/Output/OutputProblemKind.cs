namespace StaticSite.Output;

/// <summary>Why a build could not write its output, each with its own exit code.</summary>
internal enum OutputProblemKind
{
    /// <summary>The output folder holds files this generator did not write (and <c>--force</c> was not
    /// given).</summary>
    NotOurs,

    /// <summary>Another build holds the output folder's lock (and <c>--no-wait</c> was given).</summary>
    Busy,

    /// <summary>The file system refused: no space, read-only, permission denied, a path too long, a file in
    /// use.</summary>
    FileSystem,
}
