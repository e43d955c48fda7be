using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Enumeration;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace StaticSite.Output;

/// <summary>A hidden folder beside the output that a build writes into as it renders, then swaps in whole (or, for an
/// incremental build, moves its changed files into place), or deletes on failure, so a failed build never touches the
/// output.</summary>
/// <remarks>One writer thread creates the staged folders and files in the order they arrive while the pages go on
/// rendering on every core. The file system serializes folder creation in one parent folder anyway, and on a disk the
/// kernel's inode allocation costs about as much as the rendering, so overlapping the two is where a clean build's time
/// goes down.</remarks>
internal sealed partial class StagingArea
{
    private const int QueuedFiles = 256;

    /// <summary>Files larger than this (search shards, big list pages) are written by the thread that made them, so the
    /// queue never holds more than <see cref="QueuedFiles"/> small copies (16 MB at most) and a large site's peak
    /// memory stays down.</summary>
    private const int LargestQueuedFile = 64 * 1024;
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _written = new(StringComparer.Ordinal);
    private readonly BlockingCollection<QueuedFile> _queue = new(QueuedFiles);
    private readonly Lock _writerLock = new();
    private Thread? _writer;
    private bool _flushed;
    private ExceptionDispatchInfo? _failure;

    private readonly record struct QueuedFile(string FullPath, byte[] Buffer, int Length);

    private StagingArea(string target, string root, bool updates)
    {
        Target = target;
        Root = root;
        Updates = updates;
    }

    /// <summary>Whether this staging area holds only the files that changed, to be moved into the existing output
    /// folder, rather than a whole new output folder to swap in.</summary>
    public bool Updates { get; }

    /// <summary>The output folder this staging area will replace.</summary>
    public string Target { get; }

    /// <summary>The staging folder's absolute path.</summary>
    public string Root { get; }

    /// <summary>Creates a fresh staging folder beside <paramref name="outputDir"/>, removing any left by a build that
    /// was killed; with <paramref name="updates"/> (an incremental build over an output folder the cache vouches for),
    /// only changed files are staged and later moved into place.</summary>
    public static StagingArea Create(string outputDir, bool updates = false)
    {
        var target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target)
            ?? throw new InvalidOperationException($"the output folder '{outputDir}' has no parent");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(target);
        foreach (var stale in Directory.EnumerateDirectories(parent, $".{name}.staging-*")
            .Concat(Directory.EnumerateDirectories(parent, $".{name}.old-*")))
        {
            Directory.Delete(stale, true);
        }

        var root = Path.Combine(parent,
            $".{name}.staging-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}");
        Directory.CreateDirectory(root);
        return new StagingArea(target, root, updates && Directory.Exists(target));
    }

    /// <summary>The absolute staged path of an output path, refusing any path that would leave the staging
    /// folder.</summary>
    public string FullPath(string path)
    {
        var full = Path.GetFullPath(Path.Combine(Root, path));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"output path '{path}' leaves the output folder");
        }

        return full;
    }

    /// <summary>Writes one file into the staging folder: hands a copy of the bytes to the writer thread, or, for a
    /// large file or once <see cref="Flush"/> has run, writes at once; a write that failed on the writer thread is
    /// thrown here or by <see cref="Flush"/>.</summary>
    public void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var full = FullPath(path);
        if (Updates) _written.TryAdd(path, true);
        _failure?.Throw();
        if (bytes.Length > LargestQueuedFile || !StartWriter())
        {
            WriteNow(full, bytes);
            return;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(bytes.Length);
        bytes.CopyTo(buffer);
        try
        {
            _queue.Add(new QueuedFile(full, buffer, bytes.Length));
        }
        catch (InvalidOperationException)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            WriteNow(full, bytes);
        }
    }

    /// <summary>Waits until every queued file is on disk and stops the writer thread (later writes happen at once),
    /// then throws the first write failure, if any.</summary>
    public void Flush()
    {
        Thread? writer;
        lock (_writerLock)
        {
            _flushed = true;
            writer = _writer;
        }

        if (writer is not null)
        {
            _queue.CompleteAdding();
            writer.Join();
        }

        _failure?.Throw();
    }

    private bool StartWriter()
    {
        lock (_writerLock)
        {
            if (_flushed) return false;
            if (_writer is not null) return true;
            _writer = new Thread(WriteQueued) { IsBackground = true, Name = "staging writer" };
            _writer.Start();
            return true;
        }
    }

    private void WriteQueued()
    {
        foreach (var file in _queue.GetConsumingEnumerable())
        {
            try
            {
                if (_failure is null) WriteNow(file.FullPath, file.Buffer.AsSpan(0, file.Length));
            }
            catch (Exception e)
            {
                _failure ??= ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(file.Buffer);
            }
        }
    }

    private void WriteNow(string full, ReadOnlySpan<byte> bytes)
    {
        EnsureFolder(full);
        using var handle = File.OpenHandle(full, FileMode.CreateNew, FileAccess.Write,
            FileShare.ReadWrite | FileShare.Delete);
        RandomAccess.Write(handle, bytes, 0);
    }

    /// <summary>Puts an unchanged file from the previous output into the staging folder without copying its bytes (a
    /// hard link where the system allows it).</summary>
    public void Reuse(string path, string previousFile)
    {
        if (Updates && Path.GetFullPath(previousFile) == Path.Combine(Target, path)) return;
        if (Updates) _written.TryAdd(path, true);
        var full = FullPath(path);
        EnsureFolder(full);
        if (!OperatingSystem.IsWindows() && Link(previousFile, full) == 0) return;
        File.Copy(previousFile, full);
    }

    /// <summary>Publishes the staged files: swaps the staging folder in as the output folder (the previous output is
    /// removed only after the swap), or, when <see cref="Updates"/>, moves each changed file into place (each move is
    /// atomic), skips files whose bytes did not change, and deletes the files of <see cref="Target"/> that are not in
    /// <paramref name="paths"/>.</summary>
    public void Commit(IReadOnlyCollection<string> paths)
    {
        Flush();
        if (Updates)
        {
            CommitUpdates(paths);
            return;
        }

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

    private void CommitUpdates(IReadOnlyCollection<string> paths)
    {
        foreach (var path in _written.Keys.Order(StringComparer.Ordinal))
        {
            var staged = FullPath(path);
            var target = Path.Combine(Target, path);
            if (SameBytes(staged, target)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(staged, target, overwrite: true);
        }

        var keep = new HashSet<string>(paths, StringComparer.Ordinal);
        var entries = new FileSystemEnumerable<(string Path, bool IsFolder)>(
            Target,
            (ref FileSystemEntry entry) => (entry.ToFullPath(), entry.IsDirectory),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0,
                IgnoreInaccessible = false }).ToList();
        var live = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (full, isFolder) in entries)
        {
            if (isFolder) continue;
            if (!keep.Contains(Path.GetRelativePath(Target, full).Replace('\\', '/')))
            {
                File.Delete(full);
                continue;
            }

            var folder = Path.GetDirectoryName(full);
            while (folder is not null && folder.Length > Target.Length && live.Add(folder))
            {
                folder = Path.GetDirectoryName(folder);
            }
        }

        foreach (var (folder, _) in entries.Where(e => e.IsFolder && !live.Contains(e.Path))
            .OrderByDescending(e => e.Path.Length))
        {
            Directory.Delete(folder);
        }

        Directory.Delete(Root, true);
    }

    private static bool SameBytes(string staged, string target)
    {
        var existing = new FileInfo(target);
        if (!existing.Exists || existing.Length != new FileInfo(staged).Length) return false;
        return File.ReadAllBytes(staged).AsSpan().SequenceEqual(File.ReadAllBytes(target));
    }

    /// <summary>Deletes the staging folder, leaving the output folder as it was.</summary>
    public void Abort()
    {
        try
        {
            Flush();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }

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
