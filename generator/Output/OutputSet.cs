using System.Buffers;
using System.Collections.Concurrent;
using System.Text;

namespace StaticSite.Output;

/// <summary>The whole built site, path to file, filled by the render stage: kept in memory (check, serve, tests) or
/// written through to a <see cref="StagingArea"/> as pages are rendered (build), and published by one writer.</summary>
internal sealed class OutputSet
{
    /// <summary>Text longer than this (in characters: feeds, big list pages) is encoded into the staging area a chunk
    /// at a time instead of through a rented buffer of three bytes a character, which the shared pool keeps once
    /// returned.</summary>
    private const int LargeText = 256 * 1024;

    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly ConcurrentDictionary<string, OutputFile> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _linkTargets = new(StringComparer.Ordinal);

    /// <summary>An output set held in memory.</summary>
    public OutputSet()
    {
    }

    /// <summary>An output set that writes each file into <paramref name="staging"/> as it is added, keeping only paths
    /// in memory.</summary>
    public OutputSet(StagingArea staging) => Staging = staging;

    /// <summary>Waits until every file written through to staging is on disk, so the files can be read back (audit,
    /// check); throws a write that failed.</summary>
    public void Flush() => Staging?.Flush();

    /// <summary>Where files are written through to, or null when the set lives in memory.</summary>
    public StagingArea? Staging { get; }

    /// <summary>Adds a text file (UTF-8, <c>\n</c> line endings); HTML pages also have their links recorded for the
    /// link check.</summary>
    public void AddText(string path, string text) =>
        AddChars(path, text.Replace("\r\n", "\n", StringComparison.Ordinal));

    /// <summary>Adds a text file from a builder without making a string of it (as <see cref="AddText(string,
    /// string)"/>); the builder can be reused once this returns.</summary>
    public void AddText(string path, StringBuilder text)
    {
        var chars = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var span = chars.AsSpan(0, text.Length);
            text.CopyTo(0, span, text.Length);
            if (span.Contains("\r\n", StringComparison.Ordinal)) AddText(path, span.ToString());
            else AddChars(path, span);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private void AddChars(string path, ReadOnlySpan<char> text)
    {
        if (path.EndsWith(".html", StringComparison.Ordinal)) RecordLinks(path, text);
        if (Staging is null)
        {
            var bytes = new byte[Utf8.GetByteCount(text)];
            Utf8.GetBytes(text, bytes);
            AddBytes(path, bytes);
            return;
        }

        if (text.Length > LargeText)
        {
            Add(Staged(path));
            Staging.WriteText(path, text);
            return;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            AddBytes(path, buffer.AsSpan(0, Utf8.GetBytes(text, buffer)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Adds a file copied from the input.</summary>
    public void AddCopy(string path, Func<byte[]> read)
    {
        if (Staging is null) Add(new OutputFile(path, null, read));
        else AddBytes(path, read());
    }

    /// <summary>Adds bytes.</summary>
    public void AddBytes(string path, byte[] bytes)
    {
        if (Staging is null) Add(new OutputFile(path, bytes, null));
        else AddBytes(path, bytes.AsSpan());
    }

    /// <summary>Adds bytes the caller keeps using after this returns: written to the staging area straight away, or
    /// copied for an in-memory build.</summary>
    public void AddBytes(string path, ReadOnlySpan<byte> bytes)
    {
        if (Staging is null)
        {
            AddBytes(path, bytes.ToArray());
            return;
        }

        Add(Staged(path));
        Staging.Write(path, bytes);
    }

    /// <summary>Adds a file that <paramref name="write"/> writes to a stream: straight into the staged file, or into
    /// memory for an in-memory set; so a large file is never held whole, nor copied, on its way to disk. Not for HTML
    /// pages, whose links are not recorded.</summary>
    public void AddStream(string path, Action<Stream> write)
    {
        if (Staging is null)
        {
            using var memory = new MemoryStream();
            write(memory);
            Add(new OutputFile(path, memory.ToArray(), null));
            return;
        }

        Add(Staged(path));
        using var stream = Staging.Open(path);
        write(stream);
    }

    /// <summary>Adds a file unchanged since the previous build, taken from the previous output without rendering it
    /// again.</summary>
    public void AddReused(string path, string previousFile, IEnumerable<string> links)
    {
        foreach (var link in links) RecordLink(path, link);
        if (Staging is null)
        {
            Add(new OutputFile(path, null, () => File.ReadAllBytes(previousFile)) { DiskFile = previousFile });
            return;
        }

        Add(Staged(path));
        Staging.Reuse(path, previousFile);
    }

    /// <summary>Adds a file of a previous in-memory build unchanged (its bytes are shared, not copied).</summary>
    public void AddReused(OutputFile previous, IEnumerable<string> links)
    {
        foreach (var link in links) RecordLink(previous.Path, link);
        if (Staging is null) Add(previous);
        else AddBytes(previous.Path, previous.ReadBytes());
    }

    private OutputFile Staged(string path) => new(path, null, null) { DiskFolder = Staging!.Root };

    private void Add(OutputFile file)
    {
        if (!OutputPaths.IsSafe(file.Path) || file.Path == OutputMarker.FileName)
        {
            throw new InvalidOperationException($"unsafe output path '{file.Path}'");
        }

        if (!_files.TryAdd(file.Path, file))
        {
            throw new InvalidOperationException($"two files were rendered to '{file.Path}'");
        }
    }

    private void RecordLinks(string page, ReadOnlySpan<char> html)
    {
        var lookup = _linkTargets.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in HtmlLinks.Ranges(html))
        {
            var target = html[range];
            if (!IsSiteLink(target)) continue;
            if (lookup.TryGetValue(target, out var first) && string.CompareOrdinal(first, page) <= 0) continue;
            RecordLink(page, target.ToString());
        }
    }

    private static bool IsSiteLink(ReadOnlySpan<char> target) => target.StartsWith('/')
        && !target.StartsWith("//", StringComparison.Ordinal);

    private void RecordLink(string page, string target)
    {
        if (!IsSiteLink(target)) return;
        _linkTargets.AddOrUpdate(target, static (_, page) => page,
            static (_, existing, page) => string.CompareOrdinal(page, existing) < 0 ? page : existing, page);
    }

    /// <summary>Every site-relative link target found in the pages, with the first page (in path order) that uses
    /// it.</summary>
    public IReadOnlyDictionary<string, string> LinkTargets => _linkTargets;

    /// <summary>Whether a file exists at this output path.</summary>
    public bool Contains(string path) => _files.ContainsKey(path);

    /// <summary>The file at this path, or null.</summary>
    public OutputFile? Get(string path) => _files.GetValueOrDefault(path);

    /// <summary>All files in ordinal path order.</summary>
    public IReadOnlyList<OutputFile> Files => _files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();

    /// <summary>Every output path, in no particular order.</summary>
    public IReadOnlyCollection<string> Paths => (IReadOnlyCollection<string>)_files.Keys;

    /// <summary>How many files the site has.</summary>
    public int Count => _files.Count;

    /// <summary>Where the body lies in each article page, for the feeds.</summary>
    public PageBodies Bodies { get; } = new();
}
