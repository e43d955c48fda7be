using System.Diagnostics;
using System.Text;
using StaticSite.Cli;
using StaticSite.Content;
using StaticSite.Content.Files;
using StaticSite.Diagnostics;
using StaticSite.Incremental;
using StaticSite.Indexing;
using StaticSite.Output;
using StaticSite.Rendering;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Security;

/// <summary>Every input is bounded, and told: list caps per article at the first item over the cap, the site's page cap, a page's byte cap, the templates' time per page and per build, only regular files read, sizes judged before reading, invalid UTF-8 at its line and column, invisible characters in names at their place, skipped look-alike files named, future articles counted.</summary>
public sealed class InputBoundsTests
{
    private static Dictionary<string, string> WithArticle(string frontMatterLines)
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("A", extra: frontMatterLines);
        return files;
    }

    [Theory]
    [InlineData("places", ContentLimits.PlacesPerArticle, "places")]
    [InlineData("author", ContentLimits.AuthorsPerArticle, "reporters ('author')")]
    public void A_list_over_its_cap_is_an_error_at_the_first_item_over_it(string field, int cap, string what)
    {
        var items = string.Join(", ", Enumerable.Range(1, cap + 5).Select(i => $"Name {i}"));

        var result = TestSite.Build(WithArticle($"{field}: [{items}]\n"));

        var column = $"{field}: [".Length + string.Join(", ", Enumerable.Range(1, cap).Select(i => $"Name {i}")).Length + 3;
        Assert.Contains($"content/articles/a.md:9:{column}: error: an article may list at most {cap} {what}; this one lists {cap + 5} (this is number {cap + 1}); docs/OPERATIONS.md lists the limits", result.Errors());
    }

    [Fact]
    public void Translators_and_corrections_have_caps_too()
    {
        var translators = $"translators: [{string.Join(", ", Enumerable.Range(1, 11).Select(i => $"T{i}"))}]\n";
        var corrections = "corrections:\n" + string.Concat(Enumerable.Range(1, 51).Select(i => $"  - date: 2021-06-10\n    text: Fix {i}.\n"));
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("A").Replace("translators: [Yongmin Lee]\n", translators).Replace("---\nBody", corrections + "---\nBody");

        var errors = TestSite.Build(files).Errors();

        Assert.Contains(errors, e => e.StartsWith("content/articles/a.md:4:", StringComparison.Ordinal) && e.Contains("at most 10 translators; this one lists 11", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("at most 50 corrections; this one lists 51 (this is number 51)", StringComparison.Ordinal));
    }

    [Fact]
    public void An_article_listing_10000_declared_topics_is_refused_at_its_line_and_only_its_first_20_are_checked()
    {
        var files = TestSite.Basics();
        files["topics.yml"] = string.Concat(Enumerable.Range(0, 10_000).Select(i => $"t{i}:\n  title: Topic {i}\n  description: Number {i}.\n"));
        files["articles/a.md"] = TestSite.Article("A", topics: "[" + string.Join(", ", Enumerable.Range(0, 10_000).Select(i => $"t{i}")) + "]");
        var clock = Stopwatch.StartNew();

        var result = TestSite.Build(files);

        TestContext.Current.SendDiagnosticMessage($"refused in {clock.Elapsed.TotalSeconds:0.00} s");
        var error = Assert.Single(result.Errors());
        Assert.StartsWith("content/articles/a.md:8:", error);
        Assert.EndsWith("error: an article may list at most 20 topics; this one lists 10000 (this is number 21); docs/OPERATIONS.md lists the limits", error);
        Assert.Null(result.Output);
    }

    [Fact]
    public void A_site_over_its_page_cap_is_an_error_naming_the_count_and_the_limit()
    {
        var index = SiteIndexSet.Single(TestSite.Index(DiskSite.Files(3)));
        var plan = PagePlanner.Plan(index, TemplateSet.Load(new DiskFileTree(Repo.PathOf("templates"), "templates"), new DiagnosticBag()));
        var diagnostics = new DiagnosticBag();

        Assert.False(PagePlanner.WithinLimit(plan, "content/articles", diagnostics, limit: 5));

        Assert.Equal($"content/articles:1:1: error: the site would have {plan.Pages.Count} pages; a site may have at most 5 (docs/OPERATIONS.md lists the limits)", Assert.Single(diagnostics.Sorted()).ToString());
        Assert.True(PagePlanner.WithinLimit(plan, "content/articles", new DiagnosticBag()));
    }

    [Fact]
    public void A_page_over_the_byte_cap_is_an_error_at_its_template_not_a_huge_file()
    {
        var templates = TestTemplates.Repository();
        templates["pages/404.html"] = "<p>{{ for i in 1..700000 }}한국어한국어한국어{{ end }}</p>";

        var result = TestSite.Build(DiskSite.Files(1), templates);

        Assert.Contains(result.Errors(), e => e.StartsWith("templates/pages/404.html:1:1: error: template error while rendering the", StringComparison.Ordinal)
            && e.EndsWith("the page would be 18 MiB; a page may be at most 16 MiB (docs/OPERATIONS.md)", StringComparison.Ordinal) || Fail(result.Errors()));
    }

    [Fact]
    public void A_regular_expression_that_runs_past_the_time_per_page_is_an_error_at_its_template()
    {
        var templates = TestTemplates.Repository();
        templates["pages/404.html"] = "<p>\n{{ \"" + new string('a', 40) + "!\" | regex.match `^(a+)+$` }}</p>";

        var result = TestSite.Build(DiskSite.Files(1), templates);

        Assert.Contains(result.Errors(), e => e.StartsWith("templates/pages/404.html:", StringComparison.Ordinal) && e.Contains("a regular expression ran longer than 5 s, the limit for one page", StringComparison.Ordinal) || Fail(result.Errors()));
    }

    [Fact]
    public void Templates_past_the_time_per_build_stop_the_rest_of_the_pages_with_one_error()
    {
        var templates = TestTemplates.Repository();
        templates["pages/article.html"] = "{{ for i in 1..900000 }}{{ x = i }}{{ end }}<p>{{ page.title }}</p>";
        var templateSet = TemplateSet.Load(new MemoryFileTree(templates, "templates"), new DiagnosticBag());
        var index = SiteIndexSet.Single(TestSite.Index(DiskSite.Files(40)));
        var plan = PagePlanner.Plan(index, templateSet);
        var diagnostics = new DiagnosticBag();
        var target = new PageRenderer.Target(new OutputSet(), PageRecords.Disabled(), diagnostics, null,
            new TemplateBudget(TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(300)));

        var failed = new PageRenderer(templateSet, new MarkdownRenderer(MarkdownPipelineFactory.Create())).Render(plan, index, target, TestContext.Current.CancellationToken);

        var errors = diagnostics.Sorted().Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList();
        var error = Assert.Single(errors);
        // Which page the error names (the first in path order of those left out) depends on how far each core got.
        Assert.StartsWith("templates/layouts/base.html:1:1: error: template error while rendering the ", error);
        Assert.EndsWith("the templates of this build ran longer than 0.3 s in all, the limit for a site of this size (docs/OPERATIONS.md); pages not rendered by then were left out", error);
        Assert.True(failed.Count >= 30, $"only {failed.Count} pages were stopped");
    }

    [Fact]
    public void The_time_per_page_stops_a_long_loop_at_its_line()
    {
        var context = new HtmlTemplateContext();
        context.BeginPage(new TemplateBudget(TimeSpan.FromMilliseconds(100), TimeSpan.FromHours(1)));
        var template = Scriban.Template.Parse("a\n{{ for i in 1..100000 }}{{ for j in 1..100000 }}{{ x = j }}{{ end }}{{ end }}", "slow.html");

        var thrown = Assert.Throws<Scriban.Syntax.ScriptRuntimeException>(() => context.RenderPage(template));

        Assert.Equal(2, thrown.Span.Start.Line + 1);
        Assert.Contains("the templates of this page ran longer than 0.1 s, the limit for one page", thrown.Message);
    }

    [Fact]
    public void The_size_of_a_file_is_judged_from_the_listing_before_it_is_read()
    {
        var files = TestSite.Basics();
        files["articles/huge.md"] = "x";
        var diagnostics = new DiagnosticBag();

        new ContentLoader().Load(new HugeFileTree(files, "articles/huge.md"), diagnostics);

        Assert.Contains("content/articles/huge.md:1:1: error: the file is 1048576 KiB; the limit is 2048 KiB", diagnostics.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void A_sparse_file_of_a_gibibyte_is_refused_without_reading_it()
    {
        using var site = new DiskSite().Write(DiskSite.Files(1));
        using (var huge = File.Create(Path.Combine(site.Content, "articles", "huge.md"))) huge.SetLength(1L << 30);

        var (exit, _, stderr) = site.Build();

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("articles/huge.md:1:1: error: the file is 1048576 KiB; the limit is 2048 KiB", stderr);
    }

    [Fact]
    public async Task A_named_pipe_called_like_an_article_is_refused_by_name_instead_of_hanging_the_build()
    {
        if (!OperatingSystem.IsLinux()) Assert.Skip("named pipes are told apart from files through Linux's statx");
        using var site = new DiskSite().Write(DiskSite.Files(1));
        var fifo = Path.Combine(site.Content, "articles", "x.md");
        using (var mkfifo = Process.Start("mkfifo", [fifo])) mkfifo.WaitForExit();

        var build = Task.Run(() => site.Build(), TestContext.Current.CancellationToken);

        var (exit, _, stderr) = await build.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("articles/x.md:1:1: error: this is a named pipe (FIFO), not a regular file; only regular files are read", stderr);
    }

    [Fact]
    public void Invalid_utf8_is_an_error_at_its_line_and_column()
    {
        using var site = new DiskSite().Write(DiskSite.Files(1));
        var bytes = Encoding.UTF8.GetBytes(TestSite.Article("Caf\u00e9 XX"));
        var at = Array.IndexOf(bytes, (byte)'X');
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;
        File.WriteAllBytes(Path.Combine(site.Content, "articles", "bad.md"), bytes);

        var (exit, _, stderr) = site.Build();

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("articles/bad.md:2:14: error: the file is not valid UTF-8 here (byte 0xC3); save it as UTF-8", stderr);
    }

    [Theory]
    [InlineData("\u202E", "U+202E RIGHT-TO-LEFT OVERRIDE")]
    [InlineData("\u2066", "U+2066 LEFT-TO-RIGHT ISOLATE")]
    [InlineData("\u200B", "U+200B ZERO WIDTH SPACE")]
    public void An_invisible_character_in_a_title_is_a_warning_at_its_position(string character, string named)
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article($"Ban{character}ned");

        var result = TestSite.Build(files);

        Assert.False(result.Failed);
        Assert.Contains(result.Diagnostics, d => d.ToString() == $"content/articles/a.md:2:12: warning: 'title' contains {named}, an invisible character that can make the text display differently from what it says; remove it unless it is meant to be there");
    }

    [Fact]
    public void An_invisible_character_in_a_registry_name_is_a_warning_at_its_position()
    {
        var files = TestSite.Basics();
        files["sources.yml"] = files["sources.yml"].Replace("name: Daily NK", "name: Daily\u200DNK");
        files["articles/a.md"] = TestSite.Article("A");

        var result = TestSite.Build(files);

        Assert.Contains(result.Diagnostics, d => d.ToString().StartsWith("content/sources.yml:2:14: warning: 'daily-nk' contains U+200D ZERO WIDTH JOINER", StringComparison.Ordinal));
    }

    [Fact]
    public void Files_that_look_like_articles_but_are_skipped_are_named_in_warnings()
    {
        using var site = new DiskSite().Write(DiskSite.Files(1));
        var article = TestSite.Article("Skipped");
        site.Write(new Dictionary<string, string>
        {
            ["articles/upper.MD"] = article, ["articles/long.markdown"] = article, ["articles/.hidden.md"] = article,
            ["articles/.drafts/d.md"] = article, ["articles/notes.txt"] = "not an article",
        });

        var (exit, _, stderr) = site.Build();

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("articles/upper.MD:1:1: warning: skipped: only files ending in '.md' (lower case) are articles; rename it to upper.md to publish it", stderr);
        Assert.Contains("articles/long.markdown:1:1: warning: skipped: only files ending in '.md' (lower case) are articles; rename it to long.md to publish it", stderr);
        Assert.Contains("articles/.hidden.md:1:1: warning: skipped: hidden files (names starting with '.') are not read; rename it to publish it", stderr);
        Assert.Contains("articles/.drafts/:1:1: warning: skipped: hidden folders (names starting with '.') are not read, so no article in it is published", stderr);
        Assert.DoesNotContain("notes.txt", stderr);
    }

    [Fact]
    public void Articles_left_out_as_future_dated_are_counted_in_the_closing_line_with_the_next_due_date()
    {
        using var site = new DiskSite().Write(DiskSite.Files(2));
        site.Write(new Dictionary<string, string>
        {
            ["articles/later.md"] = TestSite.Article("Later", date: "2031-03-01"),
            ["articles/soon.md"] = TestSite.Article("Soon", date: "2030-06-01T09:00:00+09:00"),
        });

        var first = site.Build();
        var second = site.Build();

        const string told = ", 2 articles dated in the future left out (the next is due 2030-06-01 00:00 UTC; --future includes them)";
        Assert.Contains("with 0 warnings" + told + " in ", first.Out);
        Assert.Contains("with 0 warnings" + told + "; checked in ", second.Out);
    }

    private static bool Fail(IReadOnlyList<string> errors) => throw new Xunit.Sdk.XunitException(string.Join('\n', errors));

    /// <summary>A content tree whose one file the listing says is a gibibyte, and which fails the test if that file is read.</summary>
    private sealed class HugeFileTree(Dictionary<string, string> files, string huge) : IFileTree
    {
        private readonly MemoryFileTree _inner = new(files, "content");

        public IReadOnlyList<string> List() => _inner.List();

        public string ReadText(string relativePath) => relativePath == huge ? throw new InvalidOperationException("read the huge file") : _inner.ReadText(relativePath);

        public byte[] ReadBytes(string relativePath) => relativePath == huge ? throw new InvalidOperationException("read the huge file") : _inner.ReadBytes(relativePath);

        public string DisplayPath(string relativePath) => _inner.DisplayPath(relativePath);

        public bool TryGetStamp(string relativePath, out FileStamp stamp)
        {
            stamp = new FileStamp(relativePath == huge ? 1L << 30 : 10, 0);
            return true;
        }
    }
}
