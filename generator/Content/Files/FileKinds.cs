using System.Runtime.InteropServices;

namespace StaticSite.Content.Files;

/// <summary>Tells a regular file from a named pipe, a device or a socket without opening it (opening a named pipe waits
/// for a writer), through <c>statx</c> on Linux, whose result has the same layout on every processor. .NET's file
/// listing reports such entries as ordinary files; they always have a size of 0, so only empty entries are
/// asked.</summary>
internal static partial class FileKinds
{
    private const int CurrentFolder = -100;
    private const int NoFollow = 0x100;
    private const uint TypeMask = 0x1;
    private const int StatxSize = 256;
    private const int ModeOffset = 28;

    /// <summary>What the entry at <paramref name="fullPath"/> is when it is not a regular file ("a named pipe
    /// (FIFO)"), or null for a regular file (and wherever the system cannot tell).</summary>
    public static string? Special(string fullPath)
    {
        if (!OperatingSystem.IsLinux()) return null;
        Span<byte> buffer = stackalloc byte[StatxSize];
        try
        {
            if (Statx(CurrentFolder, fullPath, NoFollow, TypeMask, ref MemoryMarshal.GetReference(buffer)) != 0)
            {
                return null;
            }
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }

        var mode = BitConverter.ToUInt16(buffer[ModeOffset..]);
        return (mode & 0xF000) switch
        {
            0x1000 => "a named pipe (FIFO)",
            0x2000 => "a character device",
            0x6000 => "a block device",
            0xC000 => "a socket",
            _ => null,
        };
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int folder, string path, int flags, uint mask, ref byte result);
}
