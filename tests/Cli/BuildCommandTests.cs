using System.Text.RegularExpressions;
using StaticSite.Cli;
using StaticSite.Content;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Cli;

public sealed class BuildCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("build-command-").FullName;

    public void Dispose() => Directory.Delete(_folder, true);

    private string ContentDir => Path.Combine(_folder, "content");

    private string OutputDir => Path.Combine(_folder, "site-output");

    private BuildOptions Options => new()
    {
        ContentDir = ContentDir, TemplatesDir = Repo.PathOf("templates"), OutputDir = OutputDir,
        Now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };

    private void WriteContent(Dictionary<string, string> files)
    {
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(ContentDir, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
    }

    private static Dictionary<string, string> Content()
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("A", date: "2021-06-01", topics: "[censorship, technology]");
        files["articles/b.md"] = TestSite.Article("B", date: "2021-06-02", body: "See [A](/articles/a/).");
        files["articles/c.md"] = TestSite.Article("C", date: "2021-06-03");
        return files;
    }

    private (int Exit, string Out, string Err) Run(BuildOptions? options = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = BuildCommand.Run(options ?? Options, false, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    private static void AssertSameTree(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected) Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs");
    }

    private void AssertNoStagingLeft()
    {
        var entries = Directory.GetFileSystemEntries(_folder).Select(p => Path.GetFileName(p)!).ToList();
        Assert.Contains("site-output", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith(".site-output.staging-", StringComparison.Ordinal) || e.StartsWith(".site-output.old-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_successful_build_exits_zero_and_prints_a_one_line_summary()
    {
        WriteContent(Content());

        var (exit, stdout, stderr) = Run();

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("", stderr);
        Assert.Matches(@"^built \d+ pages \([^)]*\b3 articles\) into .*site-output/ with 0 warnings\b[^\n]*\n$", stdout);
        Assert.True(File.Exists(Path.Combine(OutputDir, "articles", "a", "index.html")));
    }

    [Fact]
    public void The_summary_of_a_one_article_site_says_one_article_in_the_singular()
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("A", date: "2021-06-01");
        WriteContent(files);

        var (exit, stdout, _) = Run();

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains(" files, 1 article) into ", stdout);
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_byte_for_byte_and_no_staging_folder()
    {
        WriteContent(Content());
        Assert.Equal(ExitCodes.Success, Run().Exit);
        var before = Snapshot(OutputDir);
        var broken = TestSite.Article("B", date: "2021-06-02").Replace("topics: [censorship]", "topics: censorship]\n  bad: [", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(ContentDir, "articles", "b.md"), broken);
        File.WriteAllText(Path.Combine(ContentDir, "articles", "d.md"), TestSite.Article("D", date: "2021-06-04"));

        var (exit, stdout, stderr) = Run();

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Equal("", stdout);
        Assert.Matches(new Regex(@"^\S*content/articles/b\.md:\d+:\d+: error: ", RegexOptions.Multiline), stderr);
        Assert.Contains("site-output/ was left as it was", stderr);
        AssertSameTree(before, Snapshot(OutputDir));
        AssertNoStagingLeft();
    }

    [Fact]
    public void A_build_that_fails_while_rendering_also_leaves_the_previous_output_and_no_staging_folder()
    {
        WriteContent(Content());
        Assert.Equal(ExitCodes.Success, Run().Exit);
        var before = Snapshot(OutputDir);
        File.WriteAllText(Path.Combine(ContentDir, "articles", "c.md"), TestSite.Article("C changed", date: "2021-06-03", body: "Line.\n\nSee [gone](/articles/gone/)."));

        var (exit, _, stderr) = Run();

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Matches(new Regex(@"content/articles/c\.md:12:5: error: link to '/articles/gone/'", RegexOptions.Multiline), stderr);
        AssertSameTree(before, Snapshot(OutputDir));
        AssertNoStagingLeft();
    }

    [Fact]
    public void Every_error_of_a_failed_build_is_printed_as_path_line_column()
    {
        var files = Content();
        files["articles/a.md"] = TestSite.Article("A", topics: "[censorsip]");
        files["articles/b.md"] = TestSite.Article("B", date: "9 June");
        WriteContent(files);

        var (exit, _, stderr) = Run();

        Assert.Equal(ExitCodes.ContentErrors, exit);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.EndsWith("content/articles/a.md:8:10: error: unknown topic 'censorsip' (did you mean 'censorship'?); topics are declared in topics.yml", StringComparison.Ordinal));
        Assert.Contains(lines, l => Regex.IsMatch(l, @"content/articles/b\.md:3:7: error: 'date' must be an ISO 8601 date"));
        Assert.All(lines.SkipLast(1), l => Assert.Matches(@"^\S+:\d+:\d+: (error|warning): ", l));
        Assert.False(Directory.Exists(OutputDir));
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        WriteContent(Content());
        Assert.Equal(ExitCodes.Success, Run().Exit);
        var first = Snapshot(OutputDir);
        var other = Path.Combine(_folder, "second-output");

        Assert.Equal(ExitCodes.Success, Run(Options with { OutputDir = other }).Exit);

        AssertSameTree(first, Snapshot(other));
    }

    [Fact]
    public void Files_of_pages_that_no_longer_exist_disappear_after_a_rebuild()
    {
        WriteContent(Content());
        Assert.Equal(ExitCodes.Success, Run().Exit);
        Assert.True(File.Exists(Path.Combine(OutputDir, "articles", "c", "index.html")));
        File.Delete(Path.Combine(ContentDir, "articles", "c.md"));

        Assert.Equal(ExitCodes.Success, Run(Options with { AllowRemoved = true }).Exit);

        Assert.False(Directory.Exists(Path.Combine(OutputDir, "articles", "c")));
        Assert.True(File.Exists(Path.Combine(OutputDir, "articles", "a", "index.html")));
        AssertNoStagingLeft();
    }
}
