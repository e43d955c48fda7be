using System.Collections.Concurrent;
using System.Text;

namespace StaticSite.Output;

/// <summary>The whole built site in memory, path to file, filled by the render stages and published by one writer.</summary>
public sealed class OutputSet
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly ConcurrentDictionary<string, OutputFile> _files = new(StringComparer.Ordinal);

    /// <summary>Adds a text file (UTF-8, <c>\n</c> line endings); a second file at the same path is a bug.</summary>
    public void AddText(string path, string text) => Add(new OutputFile(path, Utf8.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal)), null));

    /// <summary>Adds a file copied from the input.</summary>
    public void AddCopy(string path, Func<byte[]> read) => Add(new OutputFile(path, null, read));

    /// <summary>Adds bytes.</summary>
    public void AddBytes(string path, byte[] bytes) => Add(new OutputFile(path, bytes, null));

    private void Add(OutputFile file)
    {
        if (!OutputPaths.IsSafe(file.Path)) throw new InvalidOperationException($"unsafe output path '{file.Path}'");
        if (!_files.TryAdd(file.Path, file)) throw new InvalidOperationException($"two files were rendered to '{file.Path}'");
    }

    /// <summary>Whether a file exists at this output path.</summary>
    public bool Contains(string path) => _files.ContainsKey(path);

    /// <summary>The file at this path, or null.</summary>
    public OutputFile? Get(string path) => _files.GetValueOrDefault(path);

    /// <summary>All files in ordinal path order.</summary>
    public IReadOnlyList<OutputFile> Files => _files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();

    /// <summary>How many files the site has.</summary>
    public int Count => _files.Count;
}
