using System.Runtime.InteropServices;

namespace StaticSite.Output;

/// <summary>Puts a newly built folder in the place of the published one. On Linux the two are exchanged in one
/// <c>renameat2(RENAME_EXCHANGE)</c> call, so at every instant the output path names a complete site, the old one or
/// the new one. Where that call is missing (other systems, file systems without it), two renames do it: the old
/// folder moves aside, then the new one moves in; between the two, for the time of one rename, the output path does
/// not exist (the next build moves the old folder back if the process died there).</summary>
internal static partial class FolderSwap
{
    private const int CurrentFolder = -100;
    private const uint Exchange = 2;
    private const int NotImplemented = 38;
    private const int InvalidArgument = 22;
    private const int NotSupported = 95;
    private const int WriteAccess = 2;

    /// <summary>Exchanges the folders <paramref name="built"/> and <paramref name="published"/> in one step; false,
    /// with nothing changed, when this system or file system cannot (or <paramref name="allowed"/> is false).</summary>
    public static bool TryExchange(string built, string published, bool allowed = true)
    {
        if (!allowed || !OperatingSystem.IsLinux()) return false;
        try
        {
            if (RenameAt2(CurrentFolder, built, CurrentFolder, published, Exchange) == 0) return true;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }

        var errno = Marshal.GetLastPInvokeError();
        if (errno is NotImplemented or InvalidArgument or NotSupported) return false;
        throw new IOException($"{Marshal.GetPInvokeErrorMessage(errno)} : '{published}'", errno);
    }

    /// <summary>The two-rename fallback: moves <paramref name="published"/> aside to <paramref name="retired"/>, calls
    /// <paramref name="between"/> (a test checkpoint), then moves <paramref name="built"/> into its place; if the
    /// second rename fails, the first is undone.</summary>
    public static void Replace(string built, string published, string retired, Action between)
    {
        Directory.Move(published, retired);
        between();
        try
        {
            Directory.Move(built, published);
        }
        catch
        {
            Directory.Move(retired, published);
            throw;
        }
    }

    /// <summary>Throws the file-system error (read-only, permission denied) that would stop <paramref name="folder"/>
    /// from being replaced, before a build spends its time: a folder on a read-only mount can be neither swapped nor
    /// emptied.</summary>
    public static void EnsureReplaceable(string folder)
    {
        if (OperatingSystem.IsWindows() || !Directory.Exists(folder) || Access(folder, WriteAccess) == 0) return;
        var errno = Marshal.GetLastPInvokeError();
        throw new IOException($"{Marshal.GetPInvokeErrorMessage(errno)} : '{folder}'", errno);
    }

    [LibraryImport("libc", EntryPoint = "access", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Access(string path, int mode);

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int oldFolder, string oldPath, int newFolder, string newPath, uint flags);
}
