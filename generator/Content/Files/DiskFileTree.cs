namespace StaticSite.Content.Files;

/// <summary>An <see cref="IFileTree"/> over a folder on disk, listed once (the first <see cref="List"/> is the file set
/// of the whole build); symbolic links are not followed so nothing outside the folder is read, hidden entries (names
/// starting with '.') are skipped, and only regular files are listed (named pipes, devices and sockets are set aside,
/// never opened).</summary>
internal sealed class DiskFileTree(string root, string displayRoot) : IFileTree
{
    private static readonly EnumerationOptions Listing = new() { AttributesToSkip = 0, IgnoreInaccessible = false };
    private readonly string _root = Path.GetFullPath(root);
    private List<string>? _listed;
    private IReadOnlyList<string> _links = [];
    private IReadOnlyList<string> _hidden = [];
    private IReadOnlyList<SpecialFile> _special = [];
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
        var found = new Found([], [], [], [], new Dictionary<string, FileStamp>(StringComparer.Ordinal));
        Walk(new DirectoryInfo(_root), "", found);
        _stamps = found.Stamps;
        found.Files.Sort(StringComparer.Ordinal);
        found.Links.Sort(StringComparer.Ordinal);
        found.Hidden.Sort(StringComparer.Ordinal);
        _links = found.Links;
        _hidden = found.Hidden;
        _special = found.Special.OrderBy(s => s.Path, StringComparer.Ordinal).ToList();
        return _listed = found.Files;
    }

    private sealed record Found(List<string> Files, List<string> Links, List<string> Hidden, List<SpecialFile> Special,
        Dictionary<string, FileStamp> Stamps);

    /// <inheritdoc />
    public bool TryGetStamp(string relativePath, out FileStamp stamp) => _stamps.TryGetValue(relativePath, out stamp);

    /// <inheritdoc />
    public IReadOnlyList<string> SkippedLinks => _links;

    /// <inheritdoc />
    public IReadOnlyList<string> SkippedHidden => _hidden;

    /// <inheritdoc />
    public IReadOnlyList<SpecialFile> SpecialFiles => _special;

    private static void Walk(DirectoryInfo folder, string prefix, Found found)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos("*", Listing))
        {
            var relative = prefix + entry.Name;
            if (entry.Name.StartsWith('.')) found.Hidden.Add(entry is DirectoryInfo ? relative + "/" : relative);
            else if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint)) found.Links.Add(relative);
            else if (entry is DirectoryInfo sub) Walk(sub, relative + "/", found);
            else if (entry is FileInfo { Length: 0 } && FileKinds.Special(entry.FullName) is { } kind)
            {
                found.Special.Add(new SpecialFile(relative, kind));
            }
            else
            {
                found.Files.Add(relative);
                if (entry is FileInfo file)
                {
                    found.Stamps[relative] = new FileStamp(file.Length, file.LastWriteTimeUtc.Ticks);
                }
            }
        }
    }

    /// <inheritdoc />
    public string ReadText(string relativePath) => File.ReadAllText(Full(relativePath));

    /// <inheritdoc />
    public byte[] ReadBytes(string relativePath) => File.ReadAllBytes(Full(relativePath));

    /// <inheritdoc />
    public byte[] ReadBytes(string relativePath, int limit)
    {
        using var handle = File.OpenHandle(Full(relativePath));
        var buffer = new byte[(int)Math.Min(RandomAccess.GetLength(handle), limit + 1L)];
        var read = 0;
        while (read < buffer.Length)
        {
            var count = RandomAccess.Read(handle, buffer.AsSpan(read), read);
            if (count == 0) break;
            read += count;
        }

        return read == buffer.Length ? buffer : buffer[..read];
    }

    /// <inheritdoc />
    public string DisplayPath(string relativePath) =>
        displayRoot.Length == 0 ? relativePath : displayRoot.TrimEnd('/') + "/" + relativePath;

    private string Full(string relativePath) => Path.Combine(_root, relativePath);
}
