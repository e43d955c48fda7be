namespace StaticSite.Content.Files;

/// <summary>An <see cref="IFileTree"/> over a folder on disk, listed once (the first <see cref="List"/> is the file set
/// of the whole build); symbolic links are not followed so nothing outside the folder is read.</summary>
internal sealed class DiskFileTree(string root, string displayRoot) : IFileTree
{
    private readonly string _root = Path.GetFullPath(root);
    private List<string>? _listed;
    private IReadOnlyList<string> _links = [];
    private Dictionary<string, FileStamp> _stamps = new(StringComparer.Ordinal);

    /// <summary>The folder as the user named it, with diagnostics naming files the same way
    /// (<c>content/articles/a.md</c> for <c>content/</c>).</summary>
    public static DiskFileTree Open(string folder) => new(folder, folder.Replace('\\', '/').TrimEnd('/'));

    /// <summary>The absolute folder this tree reads.</summary>
    public string Root => _root;

    /// <inheritdoc />
    public IReadOnlyList<string> List()
    {
        if (_listed is not null) return _listed;
        if (!Directory.Exists(_root)) return _listed = [];
        var files = new List<string>();
        var links = new List<string>();
        var stamps = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
        Walk(new DirectoryInfo(_root), "", files, links, stamps);
        _stamps = stamps;
        files.Sort(StringComparer.Ordinal);
        links.Sort(StringComparer.Ordinal);
        _links = links;
        return _listed = files;
    }

    /// <inheritdoc />
    public bool TryGetStamp(string relativePath, out FileStamp stamp) => _stamps.TryGetValue(relativePath, out stamp);

    /// <inheritdoc />
    public IReadOnlyList<string> SkippedLinks => _links;

    private static void Walk(DirectoryInfo folder, string prefix, List<string> files, List<string> links,
        Dictionary<string, FileStamp> stamps)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            if (entry.Name.StartsWith('.')) continue;
            var relative = prefix + entry.Name;
            if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint)) links.Add(relative);
            else if (entry is DirectoryInfo sub) Walk(sub, relative + "/", files, links, stamps);
            else
            {
                files.Add(relative);
                if (entry is FileInfo file) stamps[relative] = new FileStamp(file.Length, file.LastWriteTimeUtc.Ticks);
            }
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
