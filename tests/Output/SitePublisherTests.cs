using StaticSite.Output;

namespace StaticSite.Tests.Output;

public sealed class SitePublisherTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("publisher-").FullName;

    public void Dispose() => Directory.Delete(_folder, true);

    private string OutputDir => Path.Combine(_folder, "site-output");

    private static OutputSet Set(params (string Path, string Text)[] files)
    {
        var set = new OutputSet();
        foreach (var (path, text) in files) set.AddText(path, text);
        return set;
    }

    [Fact]
    public void Publishing_writes_every_file_and_leaves_no_staging_folder()
    {
        new SitePublisher().Publish(Set(("index.html", "home"), ("articles/a/index.html", "a")), OutputDir);

        Assert.Equal("home", File.ReadAllText(Path.Combine(OutputDir, "index.html")));
        Assert.Equal("a", File.ReadAllText(Path.Combine(OutputDir, "articles", "a", "index.html")));
        Assert.Equal(["site-output"], Directory.GetFileSystemEntries(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Publishing_again_replaces_the_folder_so_old_files_disappear()
    {
        var publisher = new SitePublisher();
        publisher.Publish(Set(("index.html", "one"), ("articles/gone/index.html", "gone")), OutputDir);
        File.WriteAllText(Path.Combine(OutputDir, "stray.txt"), "stray");

        publisher.Publish(Set(("index.html", "two")), OutputDir);

        Assert.Equal([".staticsite.json", "index.html"], Directory.GetFiles(OutputDir, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(OutputDir, f)).Order(StringComparer.Ordinal));
        Assert.Equal("two", File.ReadAllText(Path.Combine(OutputDir, "index.html")));
        Assert.Equal(["site-output"], Directory.GetFileSystemEntries(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Text_is_written_as_utf8_without_bom_and_with_unix_line_endings()
    {
        new SitePublisher().Publish(Set(("a.txt", "원문\r\nline")), OutputDir);

        Assert.Equal("원문\nline"u8.ToArray(), File.ReadAllBytes(Path.Combine(OutputDir, "a.txt")));
    }

    [Fact]
    public void A_failure_while_writing_keeps_the_previous_output_and_removes_the_staging_folder()
    {
        var publisher = new SitePublisher();
        publisher.Publish(Set(("index.html", "old")), OutputDir);
        var broken = new OutputSet();
        broken.AddText("index.html", "new");
        broken.AddCopy("media/a.png", () => throw new IOException("disk full"));

        Assert.Throws<AggregateException>(() => publisher.Publish(broken, OutputDir));

        Assert.Equal("old", File.ReadAllText(Path.Combine(OutputDir, "index.html")));
        Assert.Equal(["site-output"], Directory.GetFileSystemEntries(_folder).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("../escape.html")]
    [InlineData("/etc/passwd")]
    [InlineData("a/../../b")]
    [InlineData("a\\b")]
    [InlineData("c:/x")]
    [InlineData("a//b")]
    [InlineData("con/index.html")]
    public void An_unsafe_output_path_is_refused_before_anything_is_written(string path)
    {
        Assert.False(OutputPaths.IsSafe(path));
        Assert.Throws<InvalidOperationException>(() => new OutputSet().AddText(path, "x"));
    }
}
