using System.Text;

namespace StaticSite.Content.Files;

/// <summary>An <see cref="IFileTree"/> held in memory, so tests can show their input inline: text files, and binary
/// files (such as photographs) beside them.</summary>
internal sealed class MemoryFileTree(IReadOnlyDictionary<string, string> files, string displayRoot = "",
    IReadOnlyDictionary<string, byte[]>? binaries = null) : IFileTree
{
    private readonly IReadOnlyDictionary<string, byte[]> _binaries = binaries ?? new Dictionary<string, byte[]>();

    /// <inheritdoc />
    public IReadOnlyList<string> List() => files.Keys.Concat(_binaries.Keys).Distinct().Order(StringComparer.Ordinal)
        .ToList();

    /// <inheritdoc />
    public string ReadText(string relativePath) =>
        _binaries.TryGetValue(relativePath, out var bytes) ? Encoding.UTF8.GetString(bytes) : files[relativePath];

    /// <inheritdoc />
    public byte[] ReadBytes(string relativePath) =>
        _binaries.TryGetValue(relativePath, out var bytes) ? bytes : Encoding.UTF8.GetBytes(files[relativePath]);

    /// <inheritdoc />
    public string DisplayPath(string relativePath) =>
        displayRoot.Length == 0 ? relativePath : displayRoot.TrimEnd('/') + "/" + relativePath;
}
