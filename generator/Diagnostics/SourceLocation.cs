namespace StaticSite.Diagnostics;

/// <summary>A place in a contributor's file (1-based line and column), so every message can point at it.</summary>
internal readonly record struct SourceLocation(string Path, int Line, int Column)
{
    /// <summary>A location that names only the file, for problems that belong to the whole file.</summary>
    public static SourceLocation FileOnly(string path) => new(path, 1, 1);

    /// <inheritdoc />
    public override string ToString() => $"{Path}:{Line}:{Column}";
}
