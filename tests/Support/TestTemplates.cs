namespace StaticSite.Tests.Support;

/// <summary>The repository's templates as an in-memory file set, so a test can replace one template and keep the rest.</summary>
public static class TestTemplates
{
    /// <summary>Every file under templates/, by relative path.</summary>
    public static Dictionary<string, string> Repository()
    {
        var root = Repo.PathOf("templates");
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);
    }
}
