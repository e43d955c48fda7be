namespace StaticSite.Tests.Support;

/// <summary>A fresh folder under the system temp folder, deleted when the test ends.</summary>
public sealed class TempFolder : IDisposable
{
    /// <summary>The folder's absolute path.</summary>
    public string Path { get; } = Directory.CreateTempSubdirectory("staticsite-test-").FullName;

    /// <summary>Writes inline files (relative path to text) under a sub-folder.</summary>
    public void Write(string folder, IReadOnlyDictionary<string, string> files)
    {
        foreach (var (relative, text) in files)
        {
            var full = System.IO.Path.Combine(Path, folder, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, true);
    }
}
