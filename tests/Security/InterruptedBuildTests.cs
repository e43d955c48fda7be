using StaticSite.Cli;
using StaticSite.Content;
using StaticSite.Content.Files;
using StaticSite.Output;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Security;

public sealed class InterruptedBuildTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("staticsite-interrupted-");

    public void Dispose() => _root.Delete(true);

    private string Output => Path.Combine(_root.FullName, "site-output");

    private static void WriteTree(string folder, Dictionary<string, string> files)
    {
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
    }

    private static Dictionary<string, string> Content()
    {
        var files = TestSite.Basics();
        for (var i = 0; i < 30; i++) files[$"articles/a{i:00}.md"] = TestSite.Article($"Report {i:00}", date: $"2021-06-{1 + i % 28:00}");
        files["articles/zz-last.md"] = TestSite.Article("Last", date: "2020-01-01");
        return files;
    }

    private Dictionary<string, byte[]> Snapshot() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Output, f), File.ReadAllBytes, StringComparer.Ordinal);

    private OutputClaim Claim() => OutputClaim.Take(Output, new OutputClaim.Rules(true, true, () => false), _ => { });

    private int Build(string content, string templates) =>
        BuildCommand.Run(new BuildOptions { ContentDir = content, TemplatesDir = templates, OutputDir = Output }, true, new StringWriter(), new StringWriter());

    private void AssertOldOutputIntact(Dictionary<string, byte[]> before)
    {
        var after = Snapshot();
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in before) Assert.True(bytes.AsSpan().SequenceEqual(after[path]), path);
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(_root.FullName).Select(Path.GetFileName), n => n!.Contains(".staging-", StringComparison.Ordinal) || n.Contains(".old-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_template_that_fails_on_the_last_article_leaves_the_old_output_intact_and_no_staging_folder()
    {
        var content = Path.Combine(_root.FullName, "content");
        var templates = Path.Combine(_root.FullName, "templates");
        WriteTree(content, Content());
        var templateFiles = TestTemplates.Repository();
        WriteTree(templates, templateFiles);
        Assert.Equal(ExitCodes.Success, Build(content, templates));
        var before = Snapshot();

        templateFiles["pages/article.html"] += "{{ if page.title == \"Last\" }}{{ include \"missing-partial\" }}{{ end }}";
        WriteTree(templates, templateFiles);
        File.WriteAllText(Path.Combine(content, "articles", "a00.md"), TestSite.Article("Changed report"));

        Assert.Equal(ExitCodes.ContentErrors, Build(content, templates));
        AssertOldOutputIntact(before);
    }

    [Fact]
    public void A_read_failure_while_writing_a_late_file_is_reported_in_one_line_and_leaves_the_old_output_intact()
    {
        var templates = new DiskFileTree(Repo.PathOf("templates"), "templates");
        var good = new BuildPipeline().Build(new MemoryFileTree(Content(), "content"), templates, new BuildOptions(), cancellation: TestContext.Current.CancellationToken);
        new SitePublisher().Publish(good.Output!, Output);
        var before = Snapshot();

        var files = Content();
        files["media/zz-late.pdf"] = "image";
        var result = new BuildPipeline().Build(
            new FailingTree(new MemoryFileTree(files, "content"), "media/zz-late.pdf"), templates, new BuildOptions { OutputDir = Output }, cancellation: TestContext.Current.CancellationToken);

        Assert.Equal(OutputProblemKind.FileSystem, result.Problem?.Kind);
        Assert.Equal($"disk went away; {Output}/ was left as it was", result.Problem!.Message);
        AssertOldOutputIntact(before);
    }

    [Fact]
    public void A_write_that_fails_on_the_staging_writer_thread_is_thrown_by_commit_and_leaves_the_old_output_intact()
    {
        var templates = new DiskFileTree(Repo.PathOf("templates"), "templates");
        var good = new BuildPipeline().Build(new MemoryFileTree(Content(), "content"), templates, new BuildOptions(), cancellation: TestContext.Current.CancellationToken);
        new SitePublisher().Publish(good.Output!, Output);
        var before = Snapshot();

        using var claim = Claim();
        var staging = StagingArea.Create(claim);
        var set = new OutputSet(staging);
        for (var i = 0; i < 1000; i++) set.AddBytes($"pages/{i}/index.html", "<p>page</p>"u8);
        set.AddBytes("blocked", "a file where a folder must go"u8);
        var thrown = Record.Exception(() =>
        {
            for (var i = 0; i < 1000; i++) set.AddBytes($"blocked/{i}.html", "<p>late</p>"u8);
            new SitePublisher().Publish(set, claim);
        });
        staging.Abort();

        Assert.IsAssignableFrom<IOException>(thrown);
        AssertOldOutputIntact(before);
    }

    [Fact]
    public void Every_file_handed_to_the_staging_writer_is_on_disk_with_its_bytes_after_flush()
    {
        using var claim = Claim();
        var staging = StagingArea.Create(claim);
        var set = new OutputSet(staging);
        var expected = Enumerable.Range(0, 2000).ToDictionary(i => $"p/{i % 37}/{i}.html", i => System.Text.Encoding.UTF8.GetBytes(new string('x', i) + i));
        Parallel.ForEach(expected, file => set.AddBytes(file.Key, file.Value));
        staging.Flush();

        foreach (var (path, bytes) in expected) Assert.Equal(bytes, File.ReadAllBytes(staging.FullPath(path)));
        new SitePublisher().Publish(set, claim);
        Assert.Equal(expected.Count + 1, Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).Count());
        Assert.True(File.Exists(Path.Combine(Output, OutputMarker.FileName)));
    }

    /// <summary>A content tree whose one file cannot be read, as when a disk fails midway through a build.</summary>
    private sealed class FailingTree(IFileTree inner, string failing) : IFileTree
    {
        public IReadOnlyList<string> List() => inner.List();

        public string ReadText(string relativePath) => relativePath == failing ? throw new IOException("disk went away") : inner.ReadText(relativePath);

        public byte[] ReadBytes(string relativePath) => relativePath == failing ? throw new IOException("disk went away") : inner.ReadBytes(relativePath);

        public string DisplayPath(string relativePath) => inner.DisplayPath(relativePath);
    }
}
