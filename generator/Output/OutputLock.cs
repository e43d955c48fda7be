using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace StaticSite.Output;

/// <summary>One build at a time per output folder: an exclusive lock on a file beside the output
/// (<c>.&lt;name&gt;.lock</c>), taken with <c>flock</c> so the kernel releases it when the process ends, however it
/// ends. The holder writes its process id into the file so a waiting build can say whom it waits for, and deletes the
/// file when it is done; a build that locked a file which was deleted meanwhile (its inode is no longer the one at the
/// path) closes it and tries again, so two builds can never hold locks on two different files.</summary>
/// <remarks>The file is opened with <c>open(2)</c> on Linux rather than through .NET, whose own advisory locking
/// (on unless <c>System.IO.DisableFileLocking</c> is set) would otherwise collide with <c>flock</c> in processes such
/// as the test host. On Windows an exclusive open does the same job and a waiting build polls.</remarks>
internal sealed partial class OutputLock : IDisposable
{
    private const int LockExclusive = 2;
    private const int LockNonBlocking = 4;
    private const int Interrupted = 4;
    private const int SharingViolation = unchecked((int)0x80070020);
    private const int CurrentFolder = -100;
    private const int EmptyPath = 0x1000;
    private const uint InodeMask = 0x100;
    private const int StatxSize = 256;
    private const int InodeOffset = 32;
    private const int LinuxOpenFlags = 0x2 | 0x40 | 0x80000; // O_RDWR | O_CREAT | O_CLOEXEC
    private static readonly TimeSpan WindowsPoll = TimeSpan.FromMilliseconds(200);
    private readonly SafeFileHandle _handle;

    private OutputLock(SafeFileHandle handle, string file)
    {
        _handle = handle;
        FilePath = file;
    }

    /// <summary>The lock file.</summary>
    public string FilePath { get; }

    /// <summary>The lock file of an output folder: a hidden sibling, outside what gets published and outside what a
    /// build replaces.</summary>
    public static string PathFor(string outputDir)
    {
        var full = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full) ?? full, $".{Path.GetFileName(full)}.lock");
    }

    /// <summary>Takes the lock of <paramref name="outputDir"/>: at once when it is free; otherwise, with
    /// <paramref name="wait"/>, after telling <paramref name="waiting"/> the process id of the holder (null when it is
    /// not known yet) and waiting until it is released; without, returns null and the holder's process id in
    /// <paramref name="holder"/>.</summary>
    public static OutputLock? Take(string outputDir, bool wait, Action<int?> waiting, out int? holder)
    {
        holder = null;
        var file = PathFor(outputDir);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        if (OperatingSystem.IsWindows()) return TakeOnWindows(file, wait, waiting);
        var told = false;
        while (true)
        {
            var handle = Open(file);
            try
            {
                if (!TryLock(handle, file, blocking: false))
                {
                    if (!wait)
                    {
                        holder = ReadHolder(handle);
                        handle.Dispose();
                        return null;
                    }

                    if (!told) waiting(ReadHolder(handle));
                    told = true;
                    TryLock(handle, file, blocking: true);
                }

                if (StillAt(handle, file)) return Locked(handle, file);
                handle.Dispose();
            }
            catch
            {
                handle.Dispose();
                throw;
            }
        }
    }

    /// <summary>The lock, held: the process id goes into the file for a waiting build to name, when it can (on a full
    /// disk it cannot, and the lock works all the same; the build then fails where its own writes do, naming
    /// them).</summary>
    private static OutputLock Locked(SafeFileHandle handle, string file)
    {
        var pid = Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n");
        try
        {
            RandomAccess.SetLength(handle, 0);
            RandomAccess.Write(handle, pid, 0);
        }
        catch (IOException)
        {
            RandomAccess.SetLength(handle, 0);
        }

        return new OutputLock(handle, file);
    }

    /// <summary>Whether the locked file is still the one at <paramref name="file"/> (it is not when the build that
    /// held it deleted it while this one waited).</summary>
    private static bool StillAt(SafeFileHandle handle, string file)
    {
        if (!OperatingSystem.IsLinux()) return true;
        Span<byte> open = stackalloc byte[StatxSize];
        Span<byte> named = stackalloc byte[StatxSize];
        if (Statx((int)handle.DangerousGetHandle(), "", EmptyPath, InodeMask, ref MemoryMarshal.GetReference(open))
            != 0)
        {
            throw Failure(file);
        }

        return Statx(CurrentFolder, file, 0, InodeMask, ref MemoryMarshal.GetReference(named)) == 0
            && open.Slice(InodeOffset, 8).SequenceEqual(named.Slice(InodeOffset, 8));
    }

    private static OutputLock? TakeOnWindows(string file, bool wait, Action<int?> waiting)
    {
        var told = false;
        while (true)
        {
            try
            {
                return new OutputLock(
                    File.OpenHandle(file, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None), file);
            }
            catch (IOException e) when (e.HResult == SharingViolation)
            {
                if (!wait) return null;
                if (!told) waiting(null);
                told = true;
                Thread.Sleep(WindowsPoll);
            }
        }
    }

    private static int? ReadHolder(SafeFileHandle handle)
    {
        var buffer = new byte[16];
        var read = RandomAccess.Read(handle, buffer, 0);
        return int.TryParse(Encoding.ASCII.GetString(buffer, 0, read).Trim(), NumberStyles.None,
            CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }

    private static SafeFileHandle Open(string file)
    {
        if (!OperatingSystem.IsLinux())
        {
            return File.OpenHandle(file, FileMode.OpenOrCreate, FileAccess.ReadWrite,
                FileShare.ReadWrite | FileShare.Delete);
        }

        var fd = OpenFile(file, LinuxOpenFlags, Convert.ToInt32("644", 8));
        if (fd < 0) throw Failure(file);
        return new SafeFileHandle(fd, ownsHandle: true);
    }

    private static bool TryLock(SafeFileHandle handle, string file, bool blocking)
    {
        while (true)
        {
            if (Flock((int)handle.DangerousGetHandle(), LockExclusive | (blocking ? 0 : LockNonBlocking)) == 0)
            {
                return true;
            }

            var errno = Marshal.GetLastPInvokeError();
            if (errno == Interrupted) continue;
            if (!blocking && errno is 11 or 35) return false; // EWOULDBLOCK on Linux, on BSD and macOS
            throw Failure(file);
        }
    }

    private static IOException Failure(string file)
    {
        var errno = Marshal.GetLastPInvokeError();
        return new IOException($"{Marshal.GetPInvokeErrorMessage(errno)} : '{file}'", errno);
    }

    /// <summary>Deletes the lock file (on Linux, where a waiting build can tell) and releases the lock.</summary>
    public void Dispose()
    {
        if (_handle.IsClosed) return;
        if (OperatingSystem.IsLinux())
        {
            try
            {
                File.Delete(FilePath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }

        _handle.Dispose();
    }

    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static partial int Flock(int fd, int operation);

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int folder, string path, int flags, uint mask, ref byte result);

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int OpenFile(string path, int flags, int mode);
}
