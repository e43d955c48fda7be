using System.Text;

namespace StaticSite.Content.Files;

/// <summary>An <see cref="IFileTree"/> held in memory, so tests can show their input inline.</summary>
internal sealed class MemoryFileTree(IReadOnlyDictionary<string, string> files, string displayRoot = "") : IFileTree
{
    /// <inheritdoc />
    public IReadOnlyList<string> List() => files.Keys.Order(StringComparer.Ordinal).ToList();

    /// <inheritdoc />
    public string ReadText(string relativePath) => files[relativePath];

    /// <inheritdoc />
    public byte[] ReadBytes(string relativePath) => Encoding.UTF8.GetBytes(files[relativePath]);

    /// <inheritdoc />
    public string DisplayPath(string relativePath) =>
        displayRoot.Length == 0 ? relativePath : displayRoot.TrimEnd('/') + "/" + relativePath;
}
