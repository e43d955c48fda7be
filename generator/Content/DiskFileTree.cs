namespace StaticSite.Content;

/// <summary>An <see cref="IFileTree"/> over a folder on disk; symbolic links are not followed so nothing outside the folder is read.</summary>
public sealed class DiskFileTree(string root, string displayRoot) : IFileTree
{
    private readonly string _root = Path.GetFullPath(root);

    /// <summary>The absolute folder this tree reads.</summary>
    public string Root => _root;

    /// <inheritdoc />
    public IReadOnlyList<string> List()
    {
        if (!Directory.Exists(_root)) return [];
        var files = new List<string>();
        Walk(new DirectoryInfo(_root), "", files);
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static void Walk(DirectoryInfo folder, string prefix, List<string> files)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            if (entry.LinkTarget is not null || entry.Name.StartsWith('.')) continue;
            var relative = prefix + entry.Name;
            if (entry is DirectoryInfo sub) Walk(sub, relative + "/", files);
            else files.Add(relative);
        }
    }

    /// <inheritdoc />
    public string ReadText(string relativePath) => File.ReadAllText(Full(relativePath));

    /// <inheritdoc />
    public byte[] ReadBytes(string relativePath) => File.ReadAllBytes(Full(relativePath));

    /// <inheritdoc />
    public string DisplayPath(string relativePath) =>
        displayRoot.Length == 0 ? relativePath : displayRoot.TrimEnd('/') + "/" + relativePath;

    private string Full(string relativePath) => Path.Combine(_root, relativePath);
}
