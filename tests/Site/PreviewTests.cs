using StaticSite.Content;
using StaticSite.Content.Files;
using StaticSite.Incremental;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Site;

public sealed class PreviewTests
{
    private static readonly DiskFileTree Templates = new(Repo.PathOf("templates"), "templates");

    private static Dictionary<string, string> Files()
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("Alpha", "2021-01-01", body: "See [beta](/articles/b/).");
        files["articles/b.md"] = TestSite.Article("Beta", "2021-02-01", "[censorship, technology]");
        files["articles/c.md"] = TestSite.Article("Gamma", "2021-03-01", "[technology]");
        return files;
    }

    private static (BuildPipeline Builder, Dictionary<string, string> Files) Built()
    {
        var files = Files();
        var builder = new BuildPipeline(BuildState.InMemory());
        Assert.False(builder.Build(new MemoryFileTree(files, "content"), Templates, new BuildOptions()).Failed);
        return (builder, files);
    }

    [Fact]
    public void A_preview_of_an_edited_article_is_byte_identical_to_its_page_in_a_full_build()
    {
        var (builder, files) = Built();
        files["articles/b.md"] = TestSite.Article("Beta, retitled", "2021-02-01", "[censorship, technology]", body: "A new *body* with [a link](/articles/a/).");

        var preview = builder.Preview(new MemoryFileTree(files, "content"), "articles/b.md", new BuildOptions());
        var full = new BuildPipeline().Build(new MemoryFileTree(files, "content"), Templates, new BuildOptions(), cancellation: TestContext.Current.CancellationToken);

        Assert.NotNull(preview);
        Assert.Equal("articles/b/index.html", preview.Path);
        Assert.Equal(full.Text("articles/b/index.html"), System.Text.Encoding.UTF8.GetString(preview.ReadBytes()));
    }

    [Fact]
    public void A_preview_is_refused_when_only_a_full_build_can_show_the_edit()
    {
        var (builder, files) = Built();
        var options = new BuildOptions();
        var cases = new Dictionary<string, string>
        {
            ["a new slug"] = TestSite.Article("Beta", "2021-02-01", extra: "slug: beta-moved\n"),
            ["an unknown topic"] = TestSite.Article("Beta", "2021-02-01", "[nonsense]"),
            ["a draft"] = TestSite.Article("Beta", "2021-02-01", extra: "draft: true\n"),
            ["a link to a missing page"] = TestSite.Article("Beta", "2021-02-01", body: "[gone](/articles/nowhere/)"),
            ["broken front matter"] = "---\ntitle: [unclosed\n---\nBody.\n",
        };

        foreach (var (what, text) in cases)
        {
            var edited = new Dictionary<string, string>(files) { ["articles/b.md"] = text };
            Assert.True(builder.Preview(new MemoryFileTree(edited, "content"), "articles/b.md", options) is null, what);
        }

        var added = new Dictionary<string, string>(files) { ["articles/new.md"] = TestSite.Article("New") };
        Assert.Null(builder.Preview(new MemoryFileTree(added, "content"), "articles/new.md", options));
    }

    [Fact]
    public void A_builder_that_keeps_nothing_between_builds_never_previews()
    {
        var files = Files();
        var builder = new BuildPipeline();
        builder.Build(new MemoryFileTree(files, "content"), Templates, new BuildOptions(), cancellation: TestContext.Current.CancellationToken);

        Assert.Null(builder.Preview(new MemoryFileTree(files, "content"), "articles/b.md", new BuildOptions()));
    }
}
