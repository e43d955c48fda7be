using StaticSite.Cli;
using StaticSite.Content;
using StaticSite.Diagnostics;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Cli;

public class NewCommandTests
{
    private static readonly DateOnly Today = new(2024, 3, 5);

    private static (TempFolder Folder, string Content) Site()
    {
        var folder = new TempFolder();
        folder.Write("content", TestSite.Basics());
        return (folder, Path.Combine(folder.Path, "content"));
    }

    private static int New(string content, NewCommand.Request request, out string stdout, out string stderr)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = NewCommand.Run(content, request, Today, output, error);
        stdout = output.ToString();
        stderr = error.ToString();
        return exit;
    }

    [Fact]
    public void New_writes_the_article_under_its_year_and_prints_the_path()
    {
        var (folder, content) = Site();
        using var cleanup = folder;

        var exit = New(content, new NewCommand.Request("Rice prices: up again", "daily-nk", ["censorship"], "Yongmin Lee", null), out var stdout, out _);

        Assert.Equal(ExitCodes.Success, exit);
        var path = Path.Combine(content, "articles", "2024", "rice-prices-up-again.md");
        Assert.Equal(path, stdout.Trim());
        var text = File.ReadAllText(path);
        Assert.Contains("title: \"Rice prices: up again\"\n", text);
        Assert.Contains("date: 2024-03-05 ", text);
        Assert.Contains("translators: [\"Yongmin Lee\"]\n", text);
    }

    [Fact]
    public void The_new_file_has_every_field_of_the_content_model()
    {
        var (folder, content) = Site();
        using var cleanup = folder;

        New(content, new NewCommand.Request("Everything", null, [], null, null), out var stdout, out _);

        var text = File.ReadAllText(stdout.Trim());
        foreach (var field in FrontMatter.FieldNames) Assert.Contains("\n" + field + ":", text);
        foreach (var field in new[] { "publication", "url", "title", "language", "published" }) Assert.Contains("\n  " + field + ":", text);
        foreach (var field in new[] { "src", "alt", "caption", "credit" }) Assert.Contains("\n#  " + field + ":", text);
    }

    [Fact]
    public void New_with_source_topics_and_translator_passes_check_as_it_is()
    {
        var (folder, content) = Site();
        using var cleanup = folder;
        New(content, new NewCommand.Request("A \"quoted\" title \\ with: colons", "daily-nk", ["censorship", "technology"], "Kim O'Neil", null), out _, out _);

        var check = new StringWriter();
        var exit = CheckCommand.Run(new BuildOptions { ContentDir = content, TemplatesDir = Repo.PathOf("templates") }, DiagnosticFormat.Text, check, new StringWriter());

        Assert.Equal(ExitCodes.Success, exit);
        Assert.DoesNotContain(": error: ", check.ToString());
    }

    [Fact]
    public void New_without_the_required_fields_leaves_them_for_check_to_point_at()
    {
        var (folder, content) = Site();
        using var cleanup = folder;
        New(content, new NewCommand.Request("Unfinished", null, [], null, null), out _, out _);

        var check = new StringWriter();
        var exit = CheckCommand.Run(new BuildOptions { ContentDir = content, TemplatesDir = Repo.PathOf("templates") }, DiagnosticFormat.Text, check, new StringWriter());

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("missing required field 'source.publication'", check.ToString());
        Assert.Contains("missing required field 'topics'", check.ToString());
    }

    [Fact]
    public void A_second_new_with_the_same_title_is_refused_and_the_file_is_kept()
    {
        var (folder, content) = Site();
        using var cleanup = folder;
        New(content, new NewCommand.Request("Same title", "daily-nk", ["censorship"], "A", null), out var first, out _);
        File.AppendAllText(first.Trim(), "My translation.\n");
        var before = File.ReadAllText(first.Trim());

        var exit = New(content, new NewCommand.Request("Same title", "daily-nk", ["censorship"], "B", null), out var stdout, out var stderr);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Equal("", stdout);
        Assert.Contains("the slug 'same-title' is already used by", stderr);
        Assert.Equal(before, File.ReadAllText(first.Trim()));
    }

    [Fact]
    public void A_slug_used_by_another_article_in_its_front_matter_is_refused()
    {
        var (folder, content) = Site();
        using var cleanup = folder;
        folder.Write("content", new Dictionary<string, string> { ["articles/2019/old.md"] = TestSite.Article("Old", extra: "slug: rice-prices\n") });

        var exit = New(content, new NewCommand.Request("Rice prices", "daily-nk", ["censorship"], "A", null), out _, out var stderr);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("articles/2019/old.md", stderr);
    }

    [Fact]
    public void Unknown_source_and_topic_keys_are_refused_with_the_closest_key()
    {
        var (folder, content) = Site();
        using var cleanup = folder;

        var exit = New(content, new NewCommand.Request("Typos", "dailynk", ["censorshp"], "A", null), out _, out var stderr);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("unknown source 'dailynk' (did you mean 'daily-nk'?)", stderr);
        Assert.Contains("unknown topic 'censorshp' (did you mean 'censorship'?)", stderr);
        Assert.False(Directory.Exists(Path.Combine(content, "articles", "2024")));
    }

    [Fact]
    public void A_title_that_gives_no_slug_asks_for_one()
    {
        var (folder, content) = Site();
        using var cleanup = folder;

        var exit = New(content, new NewCommand.Request("북한", "daily-nk", ["censorship"], "A", null), out _, out var stderr);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--slug", stderr);
    }
}
