namespace StaticSite.Output;

/// <summary>A record file (beside the cache) that may be written before the build that makes it succeeds: set aside
/// as <c>FILE.next</c> when the records are final, and put in place by the save; without that, the save writes it
/// through a temporary file. Either way a failed build leaves the file as it was.</summary>
internal sealed class PendingFile
{
    /// <summary>Where the records were set aside: null when they were not, empty when there was nothing to
    /// write.</summary>
    private string? _written;

    /// <summary>Writes the records through <paramref name="write"/> beside <paramref name="file"/> now, unless there
    /// is no file or they are <paramref name="unchanged"/>.</summary>
    public void SetAside(string? file, bool unchanged, Action<string> write)
    {
        _written = file is null || unchanged ? "" : file + ".next";
        if (_written.Length > 0) write(_written);
    }

    /// <summary>Puts what <see cref="SetAside"/> wrote in place as <paramref name="file"/>, or, when nothing was set
    /// aside, writes the records through <paramref name="write"/> and a temporary file unless they are
    /// <paramref name="unchanged"/>.</summary>
    public void Save(string file, bool unchanged, Action<string> write)
    {
        if (_written is { } written)
        {
            if (written.Length > 0) File.Move(written, file, true);
            _written = null;
            return;
        }

        if (unchanged) return;
        write(file + ".tmp");
        File.Move(file + ".tmp", file, true);
    }
}
