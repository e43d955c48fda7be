namespace StaticSite.Content.Files;

/// <summary>A read-only folder of input files (on disk, or in memory for tests), addressed by '/'-separated relative
/// paths.</summary>
internal interface IFileTree
{
    /// <summary>Every file's relative path, sorted ordinally so that runs are deterministic.</summary>
    IReadOnlyList<string> List();

    /// <summary>The file's text as UTF-8.</summary>
    string ReadText(string relativePath);

    /// <summary>The file's bytes.</summary>
    byte[] ReadBytes(string relativePath);

    /// <summary>Symbolic links found in the folder and not followed (relative paths, sorted), so the loader can refuse
    /// them instead of silently reading less.</summary>
    IReadOnlyList<string> SkippedLinks => [];

    /// <summary>At most <paramref name="limit"/> + 1 bytes of the file (enough to tell it is over the limit without
    /// holding all of a huge file).</summary>
    byte[] ReadBytes(string relativePath, int limit) => ReadBytes(relativePath);

    /// <summary>Hidden entries (names starting with '.') found and skipped (relative paths, folders with a trailing
    /// '/', sorted), so the loader can name files that look like articles but are not read.</summary>
    IReadOnlyList<string> SkippedHidden => [];

    /// <summary>Entries that are neither regular files nor folders (named pipes, devices, sockets), never
    /// opened.</summary>
    IReadOnlyList<SpecialFile> SpecialFiles => [];

    /// <summary>How diagnostics name the file (for example <c>content/articles/a.md</c>).</summary>
    string DisplayPath(string relativePath);

    /// <summary>The size and modification time the listing saw for a file, when the tree knows them (files on
    /// disk).</summary>
    bool TryGetStamp(string relativePath, out FileStamp stamp)
    {
        stamp = default;
        return false;
    }
}
