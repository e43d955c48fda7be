using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace StaticSite.Output;

/// <summary>A hidden folder beside the output that a build writes into as it renders, then swaps in whole (or deletes on failure), so readers never see a half-built site.</summary>
public sealed partial class StagingArea
{
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    private StagingArea(string target, string root)
    {
        Target = target;
        Root = root;
    }

    /// <summary>The output folder this staging area will replace.</summary>
    public string Target { get; }

    /// <summary>The staging folder's absolute path.</summary>
    public string Root { get; }

    /// <summary>Creates a fresh staging folder beside <paramref name="outputDir"/>, removing any left by a build that was killed.</summary>
    public static StagingArea Create(string outputDir)
    {
        var target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target) ?? throw new InvalidOperationException($"the output folder '{outputDir}' has no parent");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(target);
        foreach (var stale in Directory.EnumerateDirectories(parent, $".{name}.staging-*").Concat(Directory.EnumerateDirectories(parent, $".{name}.old-*")))
        {
            Directory.Delete(stale, true);
        }

        var root = Path.Combine(parent, $".{name}.staging-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}");
        Directory.CreateDirectory(root);
        return new StagingArea(target, root);
    }

    /// <summary>The absolute staged path of an output path, refusing any path that would leave the staging folder.</summary>
    public string FullPath(string path)
    {
        var full = Path.GetFullPath(Path.Combine(Root, path));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"output path '{path}' leaves the output folder");
        }

        return full;
    }

    /// <summary>Writes one file into the staging folder.</summary>
    public void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var full = FullPath(path);
        EnsureFolder(full);
        using var handle = File.OpenHandle(full, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        RandomAccess.Write(handle, bytes, 0);
    }

    /// <summary>Creates the folders of these output paths up front, in order, so parallel writers do not contend on creating them.</summary>
    public void PrepareFolders(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            EnsureFolder(FullPath(path));
        }
    }

    /// <summary>Puts an unchanged file from the previous output into the staging folder without copying its bytes (a hard link where the system allows it).</summary>
    public void Reuse(string path, string previousFile)
    {
        var full = FullPath(path);
        EnsureFolder(full);
        if (!OperatingSystem.IsWindows() && Link(previousFile, full) == 0) return;
        File.Copy(previousFile, full);
    }

    /// <summary>Swaps the staging folder in as the output folder; the previous output is removed only after the swap.</summary>
    public void Commit()
    {
        if (!Directory.Exists(Target))
        {
            Directory.Move(Root, Target);
            return;
        }

        var retired = Root.Replace(".staging-", ".old-", StringComparison.Ordinal);
        Directory.Move(Target, retired);
        try
        {
            Directory.Move(Root, Target);
        }
        catch
        {
            Directory.Move(retired, Target);
            throw;
        }

        Directory.Delete(retired, true);
    }

    /// <summary>Deletes the staging folder, leaving the output folder as it was.</summary>
    public void Abort()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, true);
    }

    private void EnsureFolder(string fullFile)
    {
        var folder = Path.GetDirectoryName(fullFile)!;
        if (_folders.ContainsKey(folder)) return;
        Directory.CreateDirectory(folder);
        _folders.TryAdd(folder, true);
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string existing, string created);
}
