using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using System.Text;

namespace StaticSite.Output;

/// <summary>A hidden folder beside the output that a build writes its whole new site into as it renders (files it
/// makes, and hard links to the files of the previous site that did not change), to be swapped in whole by
/// <see cref="SitePublisher"/>, or deleted on failure, so a failed build never touches the output.</summary>
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
    /// <summary>How many bytes <see cref="WriteText"/> encodes at a time.</summary>
    private const int TextChunkBytes = 64 * 1024;

    /// <summary>The buffer of a stream made by <see cref="Open"/>.</summary>
    private const int StreamBufferBytes = 64 * 1024;

    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private readonly BlockingCollection<QueuedFile> _queue = new(QueuedFiles);
    private readonly Lock _writerLock = new();
    private Thread? _writer;
    private bool _flushed;
    private ExceptionDispatchInfo? _failure;

    private readonly record struct QueuedFile(string FullPath, byte[] Buffer, int Length);

    private StagingArea(string root) => Root = root;

    /// <summary>The staging folder's absolute path.</summary>
    public string Root { get; }

    /// <summary>Creates a fresh staging folder beside the output folder of <paramref name="claim"/> (whose lock is
    /// held, and which has removed what builds that died left).</summary>
    public static StagingArea Create(OutputClaim claim)
    {
        var root = claim.Sibling("staging");
        Directory.CreateDirectory(root);
        return new StagingArea(root);
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

    /// <summary>Writes <paramref name="text"/> as UTF-8 into the staging folder at once, encoding it a chunk at a time,
    /// so a large text file (a monthly feed, a big list page) never needs a byte copy of its whole text; the bytes are
    /// those <see cref="Write"/> would write for the text's encoding.</summary>
    public void WriteText(string path, ReadOnlySpan<char> text)
    {
        var full = FullPath(path);
        _failure?.Throw();
        EnsureFolder(full);
        var encoder = Utf8.GetEncoder();
        var buffer = ArrayPool<byte>.Shared.Rent(TextChunkBytes);
        try
        {
            using var handle = File.OpenHandle(full, FileMode.CreateNew, FileAccess.Write,
                FileShare.ReadWrite | FileShare.Delete);
            var offset = 0L;
            var completed = false;
            while (!completed)
            {
                encoder.Convert(text, buffer, true, out var charsUsed, out var bytesUsed, out completed);
                RandomAccess.Write(handle, buffer.AsSpan(0, bytesUsed), offset);
                offset += bytesUsed;
                text = text[charsUsed..];
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Creates the file at <paramref name="path"/> in the staging folder and returns a buffered stream over
    /// it, so a large file (a month's feed) is written as it is made, never held whole in memory; the caller disposes
    /// it.</summary>
    public Stream Open(string path)
    {
        var full = FullPath(path);
        _failure?.Throw();
        EnsureFolder(full);
        var handle = File.OpenHandle(full, FileMode.CreateNew, FileAccess.Write,
            FileShare.ReadWrite | FileShare.Delete);
        return new FileStream(handle, FileAccess.Write, StreamBufferBytes);
    }

    private void WriteNow(string full, ReadOnlySpan<byte> bytes)
    {
        EnsureFolder(full);
        using var handle = File.OpenHandle(full, FileMode.CreateNew, FileAccess.Write,
            FileShare.ReadWrite | FileShare.Delete);
        RandomAccess.Write(handle, bytes, 0);
    }

    /// <summary>Puts an unchanged file from the previous output into the staging folder without copying its bytes (a
    /// hard link where the system allows it: the published file is never written again, so both trees can share
    /// it).</summary>
    public void Reuse(string path, string previousFile)
    {
        var full = FullPath(path);
        EnsureFolder(full);
        if (!OperatingSystem.IsWindows() && Link(previousFile, full) == 0) return;
        File.Copy(previousFile, full);
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
