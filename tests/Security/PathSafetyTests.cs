using StaticSite.Cli;
using StaticSite.Content;
using StaticSite.Output;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Security;

public sealed class PathSafetyTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("staticsite-paths-");

    public void Dispose() => _root.Delete(true);

    private string Content => Path.Combine(_root.FullName, "content");

    private string Output => Path.Combine(_root.FullName, "out");

    private void Write(Dictionary<string, string> files)
    {
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(Content, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
    }

    private (int Code, string[] Errors) Run()
    {
        var stderr = new StringWriter();
        var code = BuildCommand.Run(new BuildOptions { ContentDir = Content, TemplatesDir = Repo.PathOf("templates"), OutputDir = Output, Audit = true }, true, new StringWriter(), stderr);
        return (code, stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("articles/leak.md", "secret.md")]
    [InlineData("media/leak.txt", "secret.md")]
    [InlineData("articles/linked-folder", "outside")]
    public void A_symlink_out_of_content_is_refused_with_its_path_and_nothing_is_written(string link, string target)
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("A");
        Write(files);
        var outside = Path.Combine(_root.FullName, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "b.md"), TestSite.Article("Secret B"));
        File.WriteAllText(Path.Combine(_root.FullName, "secret.md"), TestSite.Article("Secret"));
        var linkPath = Path.Combine(Content, link);
        Directory.CreateDirectory(Path.GetDirectoryName(linkPath)!);
        if (target == "outside") Directory.CreateSymbolicLink(linkPath, outside);
        else File.CreateSymbolicLink(linkPath, Path.Combine(_root.FullName, target));
        var before = Directory.GetFileSystemEntries(_root.FullName).Order().ToList();

        var (code, errors) = Run();

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains(errors, e => e.EndsWith($"content/{link}:1:1: error: symbolic links are not followed (they could reach outside content/): put the file itself here", StringComparison.Ordinal));
        Assert.Equal(before, Directory.GetFileSystemEntries(_root.FullName).Order().ToList());
    }

    [Theory]
    [InlineData("../evil")]
    [InlineData("%2e%2e%2fevil")]
    [InlineData("/etc/passwd")]
    [InlineData("con")]
    [InlineData("a\\u0000b")]
    public void A_hostile_slug_on_disk_is_refused_at_its_line_and_nothing_is_written(string slug)
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("A", extra: $"slug: \"{slug}\"\n");
        Write(files);
        var before = Directory.GetFileSystemEntries(_root.FullName).Order().ToList();

        var (code, errors) = Run();

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains(errors, e => e.Contains("content/articles/a.md:9:7: error: ", StringComparison.Ordinal));
        Assert.Equal(before, Directory.GetFileSystemEntries(_root.FullName).Order().ToList());
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("a/../../x")]
    [InlineData("/etc/passwd")]
    [InlineData("a/%2e%2e/x")]
    [InlineData("a\0b")]
    [InlineData("a\\..\\b")]
    [InlineData("c:/x")]
    [InlineData("nul.txt")]
    [InlineData("a/com1/index.html")]
    [InlineData("a//b")]
    [InlineData("./a")]
    [InlineData("")]
    public void An_output_path_that_could_leave_the_output_folder_is_never_added(string path)
    {
        Assert.False(OutputPaths.IsSafe(path));
        Assert.Throws<InvalidOperationException>(() => new OutputSet().AddText(path, "x"));
    }
}
