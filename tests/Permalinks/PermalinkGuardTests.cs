using StaticSite.Cli;
using StaticSite.Diagnostics;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Permalinks;

/// <summary>The permalink guard, as a contributor meets it: builds into a folder, then changes the content.</summary>
public sealed class PermalinkGuardTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Content => Path.Combine(_folder.Path, "content");
    private string Output => Path.Combine(_folder.Path, "site-output");

    private BuildOptions Options => new()
    {
        ContentDir = Content, TemplatesDir = Repo.PathOf("templates"), OutputDir = Output,
        Now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };

    private void Write(string path, string text) => _folder.Write("content", new Dictionary<string, string> { [path] = text });

    private void Seed()
    {
        _folder.Write("content", TestSite.Basics());
        Write("articles/2021/ban.md", TestSite.Article("Video ban", date: "2021-06-01"));
        Write("articles/2021/prices.md", TestSite.Article("Rice prices", date: "2021-06-02"));
    }

    private (int Exit, string Out, string Err) Build(BuildOptions? options = null)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = BuildCommand.Run(options ?? Options, false, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private (int Exit, string Out, string Err) Check(bool allowRemoved = false)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var options = Options with
        {
            OutputDir = null, AllowRemoved = allowRemoved,
            PermalinkRecord = Path.Combine(_folder.Path, ".site-output.cache", "urls.txt"),
        };
        var exit = CheckCommand.Run(options, DiagnosticFormat.Text, stdout, stderr, Output);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private void RenameSlug() => Write("articles/2021/ban.md", TestSite.Article("Video ban", date: "2021-06-01", extra: "slug: video-ban\n"));

    [Fact]
    public void Renaming_a_slug_fails_the_build_with_the_aliases_line_that_keeps_the_old_address()
    {
        Seed();
        Assert.Equal(0, Build().Exit);
        RenameSlug();

        var (exit, _, error) = Build();

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("content/articles/2021/ban.md:1:1: error: the last build published this article at /articles/ban/, and this build would lose that address: add 'aliases: [/articles/ban/]' to redirect it here", error);
        Assert.True(File.Exists(Path.Combine(Output, "articles", "ban", "index.html")), "the failed build replaced the output");
    }

    [Fact]
    public void Check_compares_with_the_published_site_and_fails_on_a_renamed_slug_too()
    {
        Seed();
        Assert.Equal(0, Build().Exit);
        RenameSlug();

        var (exit, printed, _) = Check();

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("add 'aliases: [/articles/ban/]'", printed);
    }

    [Fact]
    public void Adding_the_suggested_alias_passes_and_the_old_address_redirects()
    {
        Seed();
        Assert.Equal(0, Build().Exit);
        Write("articles/2021/ban.md", TestSite.Article("Video ban", date: "2021-06-01", extra: "slug: video-ban\naliases: [/articles/ban/]\n"));

        var (exit, _, error) = Build();

        Assert.True(exit == 0, error);
        Assert.Contains("url=/reports/articles/video-ban/", File.ReadAllText(Path.Combine(Output, "articles", "ban", "index.html")));
        Assert.Equal(0, Check().Exit);
    }

    [Fact]
    public void Deleting_an_article_is_an_error_at_site_yml_naming_it_until_removed_lists_its_address()
    {
        Seed();
        Assert.Equal(0, Build().Exit);
        File.Delete(Path.Combine(Content, "articles", "2021", "prices.md"));

        var failed = Build();
        Write("site.yml", TestSite.Basics()["site.yml"] + "removed: [/articles/prices/]\n");
        var passed = Build();

        Assert.Equal(ExitCodes.ContentErrors, failed.Exit);
        Assert.Contains("content/site.yml:1:1: error: the last build published “Rice prices” (", failed.Err);
        Assert.Contains("content/articles/2021/prices.md) at /articles/prices/, and this build would lose that address", failed.Err);
        Assert.True(passed.Exit == 0, passed.Err);
        Assert.False(Directory.Exists(Path.Combine(Output, "articles", "prices")));
    }

    [Fact]
    public void Allow_removed_accepts_a_lost_address_once_as_a_warning()
    {
        Seed();
        Assert.Equal(0, Build().Exit);
        RenameSlug();

        var accepted = Build(Options with { AllowRemoved = true });
        var next = Build(Options with { Clean = true });

        Assert.Equal(0, accepted.Exit);
        Assert.Contains("warning: the last build published this article at /articles/ban/", accepted.Err);
        Assert.Contains("accepted once with --allow-removed", accepted.Err);
        Assert.True(next.Exit == 0, next.Err);
        Assert.DoesNotContain("/articles/ban/", next.Err);
    }

    [Fact]
    public void Withdrawing_an_article_keeps_a_notice_at_its_address_and_passes_the_guard()
    {
        Seed();
        Assert.Equal(0, Build().Exit);
        Write("articles/2021/prices.md", TestSite.Article("Rice prices", date: "2021-06-02", extra: "withdrawn:\n  date: 2021-07-01\n  reason: The figures were wrong.\n"));

        var (exit, _, error) = Build();

        Assert.True(exit == 0, error);
        var notice = File.ReadAllText(Path.Combine(Output, "articles", "prices", "index.html"));
        Assert.Contains("The figures were wrong.", notice);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", notice);
        Assert.DoesNotContain("Rice prices", File.ReadAllText(Path.Combine(Output, "feed.xml")));
        Assert.DoesNotContain("/articles/prices/", File.ReadAllText(Path.Combine(Output, "sitemap.xml")));
        Assert.DoesNotContain("Rice prices", File.ReadAllText(Path.Combine(Output, "index.html")));
    }

    [Fact]
    public void Without_the_cache_the_guard_says_it_has_nothing_to_compare_with()
    {
        Seed();
        Assert.Equal(0, Build().Exit);
        Directory.Delete(Path.Combine(_folder.Path, ".site-output.cache"), true);
        RenameSlug();

        var (exit, _, error) = Build();

        Assert.Equal(0, exit);
        Assert.Contains("permalink guard: no record of earlier addresses (", error);
        Assert.Contains("nothing was compared", error);
        Assert.Contains("urls.txt", error);
    }

    [Fact]
    public void An_article_with_content_errors_is_reported_for_them_not_as_a_lost_address()
    {
        Seed();
        Assert.Equal(0, Build().Exit);
        Write("articles/2021/prices.md", TestSite.Article("Rice prices", date: "2021-06-02", topics: "[censorsip]"));

        var (exit, printed, _) = Check();

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("unknown topic 'censorsip'", printed);
        Assert.DoesNotContain("/articles/prices/", printed);
    }
}
