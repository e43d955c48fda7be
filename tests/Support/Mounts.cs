using System.Diagnostics;

namespace StaticSite.Tests.Support;

/// <summary>Small file systems for tests of disk failures: a tmpfs of a given size (a disk that fills up) and a read-only bind mount (root ignores file permissions, so only a read-only mount makes a folder read-only for it). Mounting needs root on Linux; elsewhere the test is skipped with the reason.</summary>
internal sealed class Mounts : IDisposable
{
    private readonly List<string> _mounted = [];

    /// <summary>Why mounts cannot be made here, or null when they can.</summary>
    public static string? Unavailable { get; } = Probe();

    /// <summary>Skips the test, with the reason, when mounts cannot be made.</summary>
    public static void SkipUnlessAvailable()
    {
        if (Unavailable is { } reason) Assert.Skip(reason);
    }

    /// <summary>Mounts an empty tmpfs of <paramref name="bytes"/> bytes at <paramref name="folder"/> (created when missing).</summary>
    public void Tmpfs(string folder, long bytes)
    {
        Directory.CreateDirectory(folder);
        Run("mount", "-t", "tmpfs", "-o", $"size={bytes}", "tmpfs", folder);
        _mounted.Add(folder);
    }

    /// <summary>Makes <paramref name="folder"/> read-only (a read-only bind mount of itself) until <see cref="Dispose"/> or <see cref="Writable"/>.</summary>
    public void ReadOnly(string folder)
    {
        Run("mount", "--bind", folder, folder);
        _mounted.Add(folder);
        Run("mount", "-o", "remount,ro,bind", folder);
    }

    /// <summary>Undoes the last mount at <paramref name="folder"/> (the fix a user would make).</summary>
    public void Writable(string folder)
    {
        Run("umount", folder);
        _mounted.RemoveAt(_mounted.LastIndexOf(folder));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        for (var i = _mounted.Count - 1; i >= 0; i--) Run("umount", "-l", _mounted[i]);
        _mounted.Clear();
    }

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux()) return "mounting a small or read-only file system needs Linux";
        if (Environment.UserName != "root") return "mounting a small or read-only file system needs root (run the tests as root, as .ci/run does in its container)";
        var folder = Directory.CreateTempSubdirectory("staticsite-mount-probe-").FullName;
        try
        {
            Run("mount", "-t", "tmpfs", "-o", "size=65536", "tmpfs", folder);
            Run("umount", folder);
            return null;
        }
        catch (InvalidOperationException e)
        {
            return $"this system does not let root mount a tmpfs ({e.Message})";
        }
        finally
        {
            Directory.Delete(folder);
        }
    }

    private static void Run(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command, arguments) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{command} {string.Join(' ', arguments)}: {error.Trim()}");
    }
}
