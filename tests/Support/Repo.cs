namespace StaticSite.Tests.Support;

/// <summary>Finds the repository's folders from the test binary, so tests can use the real templates and fixtures.</summary>
public static class Repo
{
    /// <summary>The folder holding StaticSite.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path under the repository root.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "StaticSite.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("StaticSite.sln not found above " + AppContext.BaseDirectory);
    }
}
