using StaticSite.Cli;
using StaticSite.Content;
using StaticSite.Content.Files;
using StaticSite.Incremental;
using StaticSite.Pipeline;
using StaticSite.Search;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Output;

public sealed class IncrementalBuildTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("staticsite-incremental-").FullName;

    public void Dispose() => Directory.Delete(_root, true);

    private string Content => Path.Combine(_root, "content");
    private string Templates => Path.Combine(_root, "templates");

    private void Write(string relative, string text)
    {
        var path = Path.Combine(Content, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private void Seed()
    {
        foreach (var (path, text) in TestSite.Basics()) Write(path, text);
        Write("articles/a.md", TestSite.Article("Alpha", "2021-01-01", body: "First. See [beta](/articles/b/)."));
        Write("articles/b.md", TestSite.Article("Beta", "2021-02-01", "[censorship, technology]"));
        Write("articles/c.md", TestSite.Article("Gamma", "2021-03-01", "[technology]"));
        Write("articles/d.md", TestSite.Article("Delta", "2021-04-01"));
        CopyFolder(Repo.PathOf("templates"), Templates);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private (int Exit, string Out, string Error) Build(string output, bool clean = false)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var options = new BuildOptions { ContentDir = Content, TemplatesDir = Templates, OutputDir = Path.Combine(_root, output), Clean = clean };
        var exit = BuildCommand.Run(options, false, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private IEnumerable<StaticSite.Tests.Search.SearchIndexFiles.Entry> TermShards(string output) =>
        Directory.GetFiles(Path.Combine(_root, output, "search", "t"), "*.bin").SelectMany(file =>
            StaticSite.Tests.Search.SearchIndexFiles.Parse(StaticSite.Tests.Search.SearchIndexFiles.Gunzip(File.ReadAllBytes(file))));

    private void AssertSameAsCleanBuild()
    {
        var incremental = Build("out");
        Assert.True(incremental.Exit == 0, incremental.Error);
        var clean = Build("clean-out", clean: true);
        Assert.True(clean.Exit == 0, clean.Error);
        TreeAssert.Identical(Path.Combine(_root, "clean-out"), Path.Combine(_root, "out"));
    }

    [Fact]
    public void A_rebuild_with_nothing_changed_stops_at_once_repeats_the_warnings_and_matches_a_clean_build()
    {
        Seed();
        Write("articles/w.md", TestSite.Article("Warned", "2021-01-02").Replace("  url: https://www.dailynk.com/example\n", ""));
        var first = Build("out");
        Assert.Equal(0, first.Exit);

        var second = Build("out");

        Assert.Equal(0, second.Exit);
        Assert.Contains("nothing changed since the last build", second.Out);
        Assert.Equal(first.Error, second.Error);
        Assert.Contains("warning", second.Error);
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_touched_input_file_makes_the_next_build_reuse_pages_instead_of_stopping()
    {
        Seed();
        Assert.Equal(0, Build("out").Exit);
        File.SetLastWriteTimeUtc(Path.Combine(Content, "articles", "a.md"), DateTime.UtcNow.AddMinutes(1));

        var second = Build("out");

        Assert.Equal(0, second.Exit);
        Assert.Matches(@"built (\d+) pages \(\1 unchanged", second.Out);
    }

    [Fact]
    public void Unchanged_articles_come_from_the_stored_front_matter_with_their_warnings_and_the_output_matches_a_clean_build()
    {
        Seed();
        Write("articles/w.md", TestSite.Article("Warned", "2021-01-02").Replace("  url: https://www.dailynk.com/example\n", ""));
        var first = Build("out");
        Assert.Equal(0, first.Exit);
        Assert.True(File.Exists(Path.Combine(_root, ".out.cache", "articles.bin")));
        Write("articles/b.md", TestSite.Article("Beta, revised", "2021-02-01", "[censorship, technology]"));

        var second = Build("out");

        Assert.Equal(0, second.Exit);
        Assert.Contains("w.md:7:3: warning: no 'source.url'", second.Error);
        Assert.Equal(first.Error, second.Error);
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_damaged_article_store_is_ignored_and_the_build_matches_a_clean_build()
    {
        Seed();
        Assert.Equal(0, Build("out").Exit);
        var store = Path.Combine(_root, ".out.cache", "articles.bin");
        var bytes = File.ReadAllBytes(store);
        File.WriteAllBytes(store, bytes[..(bytes.Length / 2)]);
        Write("articles/c.md", TestSite.Article("Gamma, revised", "2021-03-01", "[technology]"));

        AssertSameAsCleanBuild();
        Assert.Contains("Gamma, revised", File.ReadAllText(Path.Combine(_root, "out", "index.html")));
    }

    [Fact]
    public void Editing_a_source_or_topic_in_its_registry_re_renders_every_page_that_names_it()
    {
        Seed();
        Assert.Equal(0, Build("out").Exit);
        Write("sources.yml", "daily-nk:\n  name: Daily NK (Seoul)\n  url: https://www.dailynk.com/\n  language: ko\n  description: Seoul-based outlet.\n");
        Write("topics.yml", "censorship:\n  title: Censorship and bans\n  description: Bans and crackdowns.\ntechnology:\n  title: Technology\n  description: Phones and computers.\n");

        AssertSameAsCleanBuild();
        Assert.Contains("Daily NK (Seoul)", File.ReadAllText(Path.Combine(_root, "out", "articles", "a", "index.html")));
        Assert.Contains("Censorship and bans", File.ReadAllText(Path.Combine(_root, "out", "articles", "d", "index.html")));
    }

    [Fact]
    public void Renaming_only_a_topic_reaches_the_search_terms_of_every_article_in_it()
    {
        Seed();
        Assert.Equal(0, Build("out").Exit);
        Write("topics.yml", "censorship:\n  title: Censorship\n  description: Bans.\ntechnology:\n  title: Gadgetry\n  description: Phones and computers.\n");

        AssertSameAsCleanBuild();
        Assert.Contains(TermShards("out"), e => e.Key == "gadgetri");
    }

    [Fact]
    public void Two_articles_with_the_same_body_both_carry_its_words_in_the_search_index_of_a_clean_and_an_incremental_build()
    {
        Seed();
        Write("articles/twin-1.md", TestSite.Article("First twin", "2021-05-01", body: "Zephyrword appears here."));
        Write("articles/twin-2.md", TestSite.Article("Second twin", "2021-05-02", body: "Zephyrword appears here."));
        Assert.Equal(0, Build("out").Exit);
        Write("articles/d.md", TestSite.Article("Delta edited", "2021-04-01"));

        AssertSameAsCleanBuild();
        foreach (var output in new[] { "out", "clean-out" })
        {
            Assert.Equal(2, TermShards(output).Single(e => e.Key == "zephyrword").Postings.Count);
        }
    }

    [Fact]
    public void A_new_title_reaches_the_neighbouring_and_related_articles_that_link_to_it()
    {
        Seed();
        Assert.Equal(0, Build("out").Exit);
        Write("articles/c.md", TestSite.Article("Gamma, renamed", "2021-03-01", "[technology]"));

        AssertSameAsCleanBuild();
        Assert.Contains("Gamma, renamed", File.ReadAllText(Path.Combine(_root, "out", "articles", "d", "index.html")));
        Assert.Contains("Gamma, renamed", File.ReadAllText(Path.Combine(_root, "out", "articles", "b", "index.html")));
    }

    [Fact]
    public void An_output_file_removed_by_hand_is_written_again_by_the_next_build()
    {
        Seed();
        Assert.Equal(0, Build("out").Exit);
        var page = Path.Combine(_root, "out", "articles", "c", "index.html");
        var bytes = File.ReadAllBytes(page);
        File.Delete(page);

        Assert.Equal(0, Build("out").Exit);

        Assert.Equal(bytes, File.ReadAllBytes(page));
    }

    [Fact]
    public void An_output_page_cut_short_by_hand_is_written_again_by_the_next_build()
    {
        Seed();
        Assert.Equal(0, Build("out").Exit);
        var page = Path.Combine(_root, "out", "articles", "c", "index.html");
        var bytes = File.ReadAllBytes(page);
        File.WriteAllBytes(page, bytes[..(bytes.Length / 2)]);

        var second = Build("out");

        Assert.DoesNotContain("nothing changed", second.Out);
        Assert.Equal(bytes, File.ReadAllBytes(page));
    }

    [Fact]
    public void A_photograph_variant_removed_by_hand_is_written_again_by_the_next_build()
    {
        Seed();
        Write("articles/p.md", TestSite.Article("Pictured", "2021-05-01",
            extra: "image:\n  src: /media/phone.jpg\n  alt: A market street\n"));
        Directory.CreateDirectory(Path.Combine(Content, "media"));
        File.WriteAllBytes(Path.Combine(Content, "media", "phone.jpg"), TestPhotos.Jpeg(1700, 1100));
        Assert.Equal(0, Build("out").Exit);
        Assert.Contains("nothing changed", Build("out").Out);
        var variant = Directory.GetFiles(Path.Combine(_root, "out", "media", "_v")).Order(StringComparer.Ordinal).First();
        var bytes = File.ReadAllBytes(variant);
        File.Delete(variant);

        var third = Build("out");

        Assert.DoesNotContain("nothing changed", third.Out);
        Assert.Equal(bytes, File.ReadAllBytes(variant));
    }

    [Fact]
    public void A_future_article_that_comes_due_is_published_although_no_file_changed()
    {
        Seed();
        Write("articles/later.md", TestSite.Article("Later", "2030-01-01"));
        var options = new BuildOptions { ContentDir = Content, TemplatesDir = Templates, OutputDir = Path.Combine(_root, "out"), Now = new DateTimeOffset(2029, 12, 31, 0, 0, 0, TimeSpan.Zero) };
        Assert.Equal(0, BuildCommand.Run(options, true, new StringWriter(), new StringWriter()));
        Assert.False(Directory.Exists(Path.Combine(_root, "out", "articles", "later")));

        Assert.Equal(0, BuildCommand.Run(options, true, new StringWriter(), new StringWriter()));
        Assert.False(Directory.Exists(Path.Combine(_root, "out", "articles", "later")));
        Assert.Equal(0, BuildCommand.Run(options with { Now = new DateTimeOffset(2030, 1, 2, 0, 0, 0, TimeSpan.Zero) }, true, new StringWriter(), new StringWriter()));

        Assert.True(File.Exists(Path.Combine(_root, "out", "articles", "later", "index.html")));
    }

    [Fact]
    public void Editing_one_article_updates_its_page_and_every_list_and_feed_that_shows_it()
    {
        Seed();
        Assert.Equal(0, Build("out").Exit);
        Write("articles/b.md", TestSite.Article("Beta, revised", "2021-02-01", "[censorship, technology]"));

        AssertSameAsCleanBuild();
        var topicPage = File.ReadAllText(Path.Combine(_root, "out", "topics", "technology", "index.html"));
        Assert.Contains("Beta, revised", topicPage);
        Assert.Contains("Beta, revised", File.ReadAllText(Path.Combine(_root, "out", "feed.xml")));
    }

    [Fact]
    public void Editing_fields_that_the_structured_data_shows_re_renders_the_page()
    {
        Seed();
        Assert.Equal(0, Build("out").Exit);
        Write("articles/b.md", TestSite.Article("Beta", "2021-02-01", "[censorship, technology]", extra: "places: [Hyesan]\ncorrections:\n  - date: 2021-02-02\n    text: A date was wrong.\n"));

        AssertSameAsCleanBuild();
        var page = File.ReadAllText(Path.Combine(_root, "out", "articles", "b", "index.html"));
        Assert.Contains("\"contentLocation\":[{\"@type\":\"Place\",\"name\":\"Hyesan\",\"url\":\"https://example.org/reports/places/hyesan/\"}]", page);
        Assert.Contains("\"CorrectionComment\"", page);
    }

    [Fact]
    public void Adding_and_deleting_articles_gives_the_same_output_as_a_clean_build()
    {
        Seed();
        Assert.Equal(0, Build("out").Exit);
        Write("articles/e.md", TestSite.Article("Epsilon", "2021-05-01", "[technology]"));
        File.Delete(Path.Combine(Content, "articles", "d.md"));
        Write("site.yml", TestSite.Basics()["site.yml"] + "removed: [/articles/d/]\n");

        AssertSameAsCleanBuild();
        Assert.False(Directory.Exists(Path.Combine(_root, "out", "articles", "d")));
        Assert.DoesNotContain("Delta", File.ReadAllText(Path.Combine(_root, "out", "sitemap.xml")) + File.ReadAllText(Path.Combine(_root, "out", "index.html")));
    }

    [Fact]
    public void Changing_a_template_re_renders_the_pages_that_use_it()
    {
        Seed();
        Assert.Equal(0, Build("out").Exit);
        var article = Path.Combine(Templates, "pages", "article.html");
        File.WriteAllText(article, File.ReadAllText(article).Replace("{{ t.provenance_heading }}", "Provenance of this report"));

        AssertSameAsCleanBuild();
        Assert.Contains("Provenance of this report", File.ReadAllText(Path.Combine(_root, "out", "articles", "a", "index.html")));
    }

    [Fact]
    public void An_incremental_build_rewrites_only_the_files_whose_bytes_changed()
    {
        Seed();
        Assert.Equal(0, Build("out").Exit);
        var untouched = new FileInfo(Path.Combine(_root, "out", "articles", "a", "index.html"));
        var edited = new FileInfo(Path.Combine(_root, "out", "articles", "b", "index.html"));
        var (untouchedTime, editedTime) = (untouched.LastWriteTimeUtc, edited.LastWriteTimeUtc);
        Thread.Sleep(20);
        Write("articles/b.md", TestSite.Article("Beta", "2021-02-01", "[censorship, technology]", body: "Body text.\n\nA second paragraph, added."));

        Assert.Equal(0, Build("out").Exit);

        untouched.Refresh();
        edited.Refresh();
        Assert.Equal(untouchedTime, untouched.LastWriteTimeUtc);
        Assert.NotEqual(editedTime, edited.LastWriteTimeUtc);
        Assert.Empty(Directory.EnumerateDirectories(_root, ".out.staging-*"));
    }

    [Fact]
    public void An_incremental_build_takes_over_the_search_fragments_of_unchanged_articles_and_remakes_the_edited_one()
    {
        Seed();
        Assert.Equal(0, Build("out").Exit);
        var untouched = new FileInfo(Path.Combine(_root, "out", "search", "f", "0.bin"));
        var edited = new FileInfo(Path.Combine(_root, "out", "search", "f", "1.bin"));
        var (untouchedTime, editedTime) = (untouched.LastWriteTimeUtc, edited.LastWriteTimeUtc);
        Thread.Sleep(20);
        Write("articles/b.md", TestSite.Article("Beta", "2021-02-01", "[censorship, technology]", body: "Body text.\n\nA second paragraph, added."));

        AssertSameAsCleanBuild();

        untouched.Refresh();
        edited.Refresh();
        Assert.Equal(untouchedTime, untouched.LastWriteTimeUtc);
        Assert.NotEqual(editedTime, edited.LastWriteTimeUtc);
        var fragment = StaticSite.Tests.Search.SearchIndexFiles.Gunzip(File.ReadAllBytes(edited.FullName));
        Assert.Contains("second paragraph", System.Text.Encoding.UTF8.GetString(fragment));
    }

    [Fact]
    public void A_failed_incremental_build_leaves_the_output_byte_for_byte_as_it_was()
    {
        Seed();
        Assert.Equal(0, Build("out").Exit);
        var before = Directory.EnumerateFiles(Path.Combine(_root, "out"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToDictionary(f => f, File.ReadAllBytes);
        Write("articles/b.md", TestSite.Article("Beta, revised", "2021-02-01", "[censorship, technology]"));
        Write("articles/c.md", TestSite.Article("Gamma", "2021-13-01", "[technology]"));

        Assert.Equal(1, Build("out").Exit);

        var after = Directory.EnumerateFiles(Path.Combine(_root, "out"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(before.Keys, after);
        Assert.All(after, f => Assert.Equal(before[f], File.ReadAllBytes(f)));
        Assert.Empty(Directory.EnumerateDirectories(_root, ".out.staging-*"));
    }

    [Fact]
    public void Deleting_an_article_that_another_links_to_is_reported_at_the_link_even_when_the_linking_page_is_unchanged()
    {
        Seed();
        Assert.Equal(0, Build("out").Exit);
        File.Delete(Path.Combine(Content, "articles", "b.md"));
        Write("site.yml", TestSite.Basics()["site.yml"] + "removed: [/articles/b/]\n");

        var result = Build("out");

        Assert.Equal(1, result.Exit);
        Assert.Contains("articles/a.md:10:", result.Error);
        Assert.Contains("/articles/b/", result.Error);
    }
}

public class InMemoryIncrementalBuildTests
{
    private static SortedDictionary<string, string> Texts(BuildResult result) =>
        new(result.Output!.Files.ToDictionary(f => f.Path, f => System.Text.Encoding.UTF8.GetString(f.ReadBytes())), StringComparer.Ordinal);

    [Fact]
    public void An_incremental_builder_reuses_unchanged_pages_in_memory_and_matches_a_fresh_build_after_an_edit()
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("Alpha", "2021-01-01", body: "See [beta](/articles/b/).");
        files["articles/b.md"] = TestSite.Article("Beta", "2021-02-01", "[censorship, technology]");
        files["articles/c.md"] = TestSite.Article("Gamma", "2021-03-01", "[technology]");
        var templates = new DiskFileTree(Repo.PathOf("templates"), "templates");
        var builder = new BuildPipeline(BuildState.InMemory());
        var first = builder.Build(new MemoryFileTree(files, "content"), templates, new BuildOptions(), cancellation: TestContext.Current.CancellationToken);
        Assert.False(first.Failed);

        files["articles/c.md"] = TestSite.Article("Gamma, revised", "2021-03-01", "[technology]");
        files.Remove("articles/a.md");
        var second = builder.Build(new MemoryFileTree(files, "content"), templates, new BuildOptions(), cancellation: TestContext.Current.CancellationToken);
        var fresh = new BuildPipeline().Build(new MemoryFileTree(files, "content"), templates, new BuildOptions(), cancellation: TestContext.Current.CancellationToken);

        Assert.False(second.Failed);
        Assert.True(second.ReusedPages > 0, "no page was reused");
        Assert.Equal(Texts(fresh), Texts(second));
        Assert.Contains("Gamma, revised", second.Text("topics/technology/index.html"));
    }
}
