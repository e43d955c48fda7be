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
        var links = new List<string>();
        Walk(new DirectoryInfo(_root), "", files, links);
        files.Sort(StringComparer.Ordinal);
        links.Sort(StringComparer.Ordinal);
        _links = links;
        return files;
    }

    private IReadOnlyList<string> _links = [];

    /// <inheritdoc />
    public IReadOnlyList<string> SkippedLinks => _links;

    private static void Walk(DirectoryInfo folder, string prefix, List<string> files, List<string> links)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            if (entry.Name.StartsWith('.')) continue;
            var relative = prefix + entry.Name;
            if (entry.LinkTarget is not null) links.Add(relative);
            else if (entry is DirectoryInfo sub) Walk(sub, relative + "/", files, links);
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
