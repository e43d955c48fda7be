using StaticSite.Cli;
using StaticSite.Pipeline;

namespace StaticSite.Tests.Support;

/// <summary>A site on disk in its own temp folder (content written from inline files, the repository's templates), built in-process through <c>BuildCommand.Run</c> or as a real process, with what tests of the output folder need: snapshots, leftovers beside the output, a clean build to compare with.</summary>
internal sealed class DiskSite : IDisposable
{
    /// <summary>The temp folder holding everything.</summary>
    public string Root { get; } = Directory.CreateTempSubdirectory("staticsite-disk-").FullName;

    /// <summary>The content folder.</summary>
    public string Content => Path.Combine(Root, "content");

    /// <summary>The output folder, by default <c>out</c> in <see cref="Root"/>.</summary>
    public string Output { get; set; }

    public DiskSite() => Output = Path.Combine(Root, "out");

    /// <summary>A small valid site: the basics and <paramref name="articles"/> articles.</summary>
    public static Dictionary<string, string> Files(int articles = 6)
    {
        var files = TestSite.Basics();
        for (var i = 0; i < articles; i++)
        {
            files[$"articles/a{i:000}.md"] = TestSite.Article($"Report {i:000}", date: $"2021-{1 + i % 12:00}-{1 + i % 28:00}",
                topics: i % 2 == 0 ? "[censorship]" : "[censorship, technology]", body: $"Report number {i}. " + string.Concat(Enumerable.Repeat("Sources said the ban covers videos. ", 20)));
        }

        return files;
    }

    /// <summary>Writes (or overwrites) content files.</summary>
    public DiskSite Write(IReadOnlyDictionary<string, string> files)
    {
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(Content, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        return this;
    }

    /// <summary>The build options for <see cref="Output"/> (or another folder).</summary>
    public BuildOptions Options(string? output = null) => new()
    {
        ContentDir = Content, TemplatesDir = Repo.PathOf("templates"), OutputDir = output ?? Output,
        Now = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };

    /// <summary>Builds in-process; returns the exit code and what was printed.</summary>
    public (int Exit, string Out, string Error) Build(BuildOptions? options = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = BuildCommand.Run(options ?? Options(), false, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The command-line arguments of a build into <see cref="Output"/>, for a real process.</summary>
    public string[] Arguments(params string[] extra) =>
        ["build", "--content", Content, "--templates", Repo.PathOf("templates"), "--output", Output, .. extra];

    /// <summary>Builds the current content into a fresh folder with <c>--clean</c> and returns its snapshot: what any build of this content must publish.</summary>
    public SortedDictionary<string, byte[]> CleanBuild()
    {
        var folder = Path.Combine(Root, "clean-" + Guid.NewGuid().ToString("N")[..8]);
        var (exit, _, error) = Build(Options(folder) with { Clean = true });
        Assert.True(exit == 0, error);
        return Snapshot(folder);
    }

    /// <summary>Every file of a folder (relative path to bytes).</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    /// <summary>Whether two snapshots hold the same paths with the same bytes.</summary>
    public static bool Same(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual) =>
        expected.Keys.SequenceEqual(actual.Keys) && expected.All(e => e.Value.AsSpan().SequenceEqual(actual[e.Key]));

    /// <summary>What a build left beside the output that it should not have: staging, retired or temporary folders and files, and the lock file of a build that is over.</summary>
    public IReadOnlyList<string> Leftovers()
    {
        var name = Path.GetFileName(Output);
        var parent = Path.GetDirectoryName(Output)!;
        var beside = Directory.GetFileSystemEntries(parent).Select(Path.GetFileName)
            .Where(e => e!.StartsWith($".{name}.staging-", StringComparison.Ordinal) || e.StartsWith($".{name}.old-", StringComparison.Ordinal) || e == $".{name}.lock");
        var cache = Path.Combine(parent, $".{name}.cache");
        var temporary = Directory.Exists(cache) ? Directory.GetFiles(cache).Select(Path.GetFileName).Where(f => f!.EndsWith(".tmp", StringComparison.Ordinal) || f.EndsWith(".next", StringComparison.Ordinal)) : [];
        return beside.Concat(temporary).Select(e => e!).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The inode number of a file (through <c>stat</c>), to tell a hard link from a copy.</summary>
    public static string Inode(string file)
    {
        using var stat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%i", file]) { RedirectStandardOutput = true })!;
        var inode = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return inode;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, true);
        }
        catch (IOException)
        {
        }
    }
}
