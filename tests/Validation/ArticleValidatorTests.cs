using StaticSite.Content;
using StaticSite.Content.Files;
using StaticSite.Diagnostics;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;
using StaticSite.Validation;

namespace StaticSite.Tests.Validation;

public class ArticleValidatorTests
{
    private static readonly BuildOptions Options = new() { Now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) };

    private static IReadOnlyList<string> ErrorsOf(params (string Path, string Text)[] articles)
    {
        var files = TestSite.Basics();
        foreach (var (path, text) in articles) files[path] = text;
        var result = TestSite.Build(files, Options);
        Assert.True(result.Failed);
        return result.Errors();
    }

    private static IReadOnlyList<string> WarningsOf(string article)
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = article;
        return TestSite.Build(files, Options).Diagnostics.Where(d => d.Severity == Severity.Warning).Select(d => d.ToString()).ToList();
    }

    [Fact]
    public void A_missing_title_is_reported_at_the_front_matter()
    {
        var errors = ErrorsOf(("articles/a.md", "---\ndate: 2021-06-09\ntranslators: [Y]\nsource:\n  publication: daily-nk\n  url: https://example.org/a\ntopics: [censorship]\n---\nBody.\n"));

        Assert.Equal(["content/articles/a.md:2:1: error: missing required field 'title'"], errors);
    }

    [Fact]
    public void An_empty_title_counts_as_missing()
    {
        var errors = ErrorsOf(("articles/a.md", TestSite.Article("")));

        Assert.Contains("content/articles/a.md:2:1: error: missing required field 'title'", errors);
    }

    [Fact]
    public void A_missing_date_is_reported()
    {
        var errors = ErrorsOf(("articles/a.md", "---\ntitle: T\ntranslators: [Y]\nsource:\n  publication: daily-nk\n  url: https://example.org/a\ntopics: [censorship]\n---\nBody.\n"));

        var error = Assert.Single(errors);
        Assert.StartsWith("content/articles/a.md:2:1: error: missing required field 'date'", error);
    }

    [Fact]
    public void A_missing_source_is_reported()
    {
        var errors = ErrorsOf(("articles/a.md", "---\ntitle: T\ndate: 2021-06-09\ntopics: [censorship]\n---\nBody.\n"));

        var error = Assert.Single(errors);
        Assert.StartsWith("content/articles/a.md:2:1: error: missing required field 'source'", error);
    }

    [Fact]
    public void A_source_without_publication_is_reported_at_the_source_field()
    {
        var errors = ErrorsOf(("articles/a.md", "---\ntitle: T\ndate: 2021-06-09\nsource:\n  url: https://example.org/a\ntopics: [censorship]\n---\nBody.\n"));

        var error = Assert.Single(errors);
        Assert.StartsWith("content/articles/a.md:4:1: error: missing required field 'source.publication'", error);
    }

    [Fact]
    public void Missing_topics_are_reported()
    {
        var errors = ErrorsOf(("articles/a.md", "---\ntitle: T\ndate: 2021-06-09\ntranslators: [Y]\nsource:\n  publication: daily-nk\n  url: https://example.org/a\n---\nBody.\n"));

        var error = Assert.Single(errors);
        Assert.StartsWith("content/articles/a.md:2:1: error: missing required field 'topics'", error);
    }

    [Fact]
    public void An_empty_topic_list_is_reported_at_the_topics_field()
    {
        var errors = ErrorsOf(("articles/a.md", TestSite.Article("T", topics: "[]")));

        Assert.StartsWith("content/articles/a.md:8:1: error: missing required field 'topics'", Assert.Single(errors));
    }

    [Fact]
    public void An_unknown_topic_names_the_closest_known_one_at_the_topic()
    {
        var errors = ErrorsOf(("articles/a.md", TestSite.Article("T", topics: "[technology, censorsip]")));

        Assert.Equal(["content/articles/a.md:8:22: error: unknown topic 'censorsip' (did you mean 'censorship'?); topics are declared in topics.yml"], errors);
    }

    [Fact]
    public void An_unknown_source_names_the_closest_known_one_at_the_publication()
    {
        var article = TestSite.Article("T").Replace("publication: daily-nk", "publication: dailynk", StringComparison.Ordinal);

        var errors = ErrorsOf(("articles/a.md", article));

        Assert.Equal(["content/articles/a.md:6:16: error: unknown source 'dailynk' (did you mean 'daily-nk'?); sources are declared in sources.yml"], errors);
    }

    [Fact]
    public void A_duplicate_slug_names_both_files()
    {
        var errors = ErrorsOf(
            ("articles/2021/ban.md", TestSite.Article("One")),
            ("articles/2022/other.md", TestSite.Article("Two", extra: "slug: ban\n")));

        Assert.Equal(2, errors.Count);
        Assert.StartsWith("content/articles/2021/ban.md:2:8: error: duplicate slug 'ban': content/articles/2022/other.md uses it too (at content/articles/2022/other.md:9:7;", errors[0]);
        Assert.StartsWith("content/articles/2022/other.md:9:7: error: duplicate slug 'ban': content/articles/2021/ban.md already uses it (at content/articles/2021/ban.md:2:8;", errors[1]);
    }

    [Fact]
    public void A_duplicate_slug_from_file_names_in_two_folders_names_both_files()
    {
        var errors = ErrorsOf(
            ("articles/2021/ban.md", TestSite.Article("One")),
            ("articles/2022/ban.md", TestSite.Article("Two")));

        Assert.Equal(2, errors.Count);
        Assert.Contains("content/articles/2021/ban.md:", errors[0]);
        Assert.Contains("duplicate slug 'ban': content/articles/2022/ban.md uses it too", errors[0]);
        Assert.Contains("content/articles/2022/ban.md:", errors[1]);
        Assert.Contains("duplicate slug 'ban': content/articles/2021/ban.md already uses it", errors[1]);
    }

    [Fact]
    public void An_unsafe_slug_field_is_reported_at_the_slug()
    {
        var errors = ErrorsOf(("articles/a.md", TestSite.Article("T", extra: "slug: ../../etc/passwd\n")));

        Assert.StartsWith("content/articles/a.md:9:7: error: slug '../../etc/passwd' is not safe", Assert.Single(errors));
    }

    [Fact]
    public void An_unsafe_file_name_without_a_slug_field_is_reported()
    {
        var errors = ErrorsOf(("articles/Video Ban.md", TestSite.Article("T")));

        Assert.StartsWith("content/articles/Video Ban.md:1:1: error: the file name 'Video Ban' is not a safe slug", Assert.Single(errors));
    }

    [Fact]
    public void Missing_translators_are_an_error_when_the_original_is_in_another_language()
    {
        var article = TestSite.Article("T").Replace("translators: [Yongmin Lee]\n", "", StringComparison.Ordinal);

        var errors = ErrorsOf(("articles/a.md", article));

        Assert.Equal(["content/articles/a.md:2:1: error: missing 'translators': the original is in Korean and this article in English"], errors);
    }

    [Fact]
    public void No_translators_are_needed_when_the_article_is_in_the_original_language()
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("T", extra: "language: ko\n").Replace("translators: [Yongmin Lee]\n", "", StringComparison.Ordinal);

        Assert.Empty(TestSite.Build(files, Options).Errors());
    }

    [Fact]
    public void An_image_without_alt_text_is_an_error_at_the_image_field()
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("T", extra: "image:\n  src: /media/a.png\n  credit: Daily NK\n");

        var errors = TestSite.Build(files, new Dictionary<string, byte[]> { ["media/a.png"] = TestPhotos.Png(40, 30) }, Options).Errors();

        Assert.Equal(["content/articles/a.md:9:1: error: the image has no 'alt' text: describe it for readers who cannot see it"], errors);
    }

    [Fact]
    public void An_image_that_is_not_in_media_is_an_error_at_its_src()
    {
        var errors = ErrorsOf(("articles/a.md", TestSite.Article("T", extra: "image:\n  src: /media/missing.png\n  alt: A photo\n  credit: Daily NK\n")));

        Assert.Equal(["content/articles/a.md:10:8: error: image '/media/missing.png' does not exist (site-relative images live in content/media/)"], errors);
    }

    [Fact]
    public void An_image_with_a_script_address_is_an_error()
    {
        var errors = ErrorsOf(("articles/a.md", TestSite.Article("T", extra: "image:\n  src: javascript:alert(1)\n  alt: A photo\n")));

        Assert.StartsWith("content/articles/a.md:10:8: error: 'image.src' must be an absolute http(s) address or a site path", Assert.Single(errors));
    }

    [Fact]
    public void An_image_without_a_credit_is_a_warning()
    {
        var warnings = WarningsOf(TestSite.Article("T", extra: "image:\n  caption: A caption\n"));

        Assert.Contains("content/articles/a.md:9:1: warning: the image has no 'credit'", warnings);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("www.dailynk.com/x")]
    [InlineData("ftp://example.org/x")]
    public void A_source_url_that_is_not_absolute_http_is_an_error_at_the_url(string url)
    {
        var article = TestSite.Article("T").Replace("https://www.dailynk.com/example", url, StringComparison.Ordinal);

        var errors = ErrorsOf(("articles/a.md", article));

        Assert.Equal([$"content/articles/a.md:7:8: error: 'source.url' must be an absolute http(s) address, not '{url}'"], errors);
    }

    [Fact]
    public void A_missing_source_url_is_a_warning()
    {
        var warnings = WarningsOf(TestSite.Article("T").Replace("  url: https://www.dailynk.com/example\n", "", StringComparison.Ordinal));

        Assert.Contains("content/articles/a.md:7:3: warning: no 'source.url': add 'url:' here with the address of the original report, so readers can check it", warnings);
    }

    [Theory]
    [InlineData("09/06/2021")]
    [InlineData("2021-6-9")]
    [InlineData("2021-02-30")]
    public void A_date_that_is_not_iso_is_an_error_at_the_date(string date)
    {
        var errors = ErrorsOf(("articles/a.md", TestSite.Article("T", date: date)));

        Assert.Contains($"content/articles/a.md:3:7: error: 'date' must be an ISO 8601 date such as 2021-06-09 or 2021-06-09T08:30:00+09:00, not '{date}'", errors);
    }

    [Fact]
    public void A_bad_updated_date_is_an_error_at_that_field()
    {
        var errors = ErrorsOf(("articles/a.md", TestSite.Article("T", extra: "updated: soon\n")));

        Assert.Equal(["content/articles/a.md:9:10: error: 'updated' must be an ISO 8601 date such as 2021-06-09 or 2021-06-09T08:30:00+09:00, not 'soon'"], errors);
    }

    [Fact]
    public void An_updated_date_before_the_date_is_a_warning()
    {
        var warnings = WarningsOf(TestSite.Article("T", extra: "updated: 2021-06-01\n"));

        Assert.Contains("content/articles/a.md:9:10: warning: 'updated' (2021-06-01) is before 'date' (2021-06-09)", warnings);
    }

    [Fact]
    public void A_correction_without_text_is_an_error()
    {
        var errors = ErrorsOf(("articles/a.md", TestSite.Article("T", extra: "corrections:\n  - date: 2021-06-10\n")));

        Assert.Equal(["content/articles/a.md:10:5: error: a correction needs both 'date' and 'text'"], errors);
    }

    [Fact]
    public void A_bad_language_code_is_an_error()
    {
        var errors = ErrorsOf(("articles/a.md", TestSite.Article("T", extra: "language: English\n")));

        Assert.Contains("content/articles/a.md:9:11: error: 'language' must be a language code such as en or ko, not 'English'", errors);
    }

    [Fact]
    public void Every_problem_of_every_file_is_reported_in_one_run()
    {
        var errors = ErrorsOf(
            ("articles/a.md", TestSite.Article("A", topics: "[nope]")),
            ("articles/b.md", TestSite.Article("B", extra: "updated: tomorrow\n")),
            ("articles/c.md", "no front matter\n"));

        Assert.Equal(3, errors.Count);
        Assert.Equal(["content/articles/a.md", "content/articles/b.md", "content/articles/c.md"], errors.Select(e => e[..e.IndexOf(':')]));
    }

    [Fact]
    public void A_yaml_syntax_error_in_front_matter_fails_the_build_at_its_line()
    {
        var errors = ErrorsOf(("articles/a.md", "---\ntitle: T\ntopics: [censorship\ndate: 2021-06-09\n---\nBody.\n"));

        var error = Assert.Single(errors);
        Assert.Matches(@"^content/articles/a\.md:[3-5]:\d+: error: YAML syntax error", error);
    }

    [Fact]
    public void Drafts_are_left_out_unless_asked_for()
    {
        var files = TestSite.Basics();
        files["articles/draft.md"] = TestSite.Article("Draft", extra: "draft: true\n");
        files["articles/done.md"] = TestSite.Article("Done");

        var without = TestSite.Build(files, Options);
        var with = TestSite.Build(files, Options with { Drafts = true });

        Assert.Null(without.Output!.Get("articles/draft/index.html"));
        Assert.NotNull(without.Output.Get("articles/done/index.html"));
        Assert.DoesNotContain("Draft", without.Text("index.html"));
        Assert.NotNull(with.Output!.Get("articles/draft/index.html"));
    }

    [Fact]
    public void Articles_dated_after_now_are_left_out_unless_future_is_asked_for()
    {
        var files = TestSite.Basics();
        files["articles/later.md"] = TestSite.Article("Later", date: "2026-01-02");
        files["articles/edge.md"] = TestSite.Article("Edge", date: "2026-01-01");

        var without = TestSite.Build(files, Options);
        var with = TestSite.Build(files, Options with { Future = true });

        Assert.Null(without.Output!.Get("articles/later/index.html"));
        Assert.NotNull(without.Output.Get("articles/edge/index.html"));
        Assert.DoesNotContain("articles/later/", without.Text("sitemap.xml"));
        Assert.NotNull(with.Output!.Get("articles/later/index.html"));
    }

    [Fact]
    public void A_draft_is_still_validated()
    {
        var errors = ErrorsOf(("articles/a.md", TestSite.Article("T", topics: "[nope]", extra: "draft: true\n")));

        Assert.Contains(errors, e => e.Contains("unknown topic 'nope'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_from_a_published_article_to_a_draft_is_a_missing_page()
    {
        var files = TestSite.Basics();
        files["articles/draft.md"] = TestSite.Article("Draft", extra: "draft: true\n");
        files["articles/a.md"] = TestSite.Article("A", body: "See [the draft](/articles/draft/).");

        var errors = TestSite.Build(files, Options).Errors();

        Assert.Equal(["content/articles/a.md:10:5: error: link to '/articles/draft/', which is not a page or file of this site"], errors);
    }

    [Fact]
    public void An_article_without_a_summary_whose_file_vanishes_after_loading_is_an_error_at_its_body_not_a_crash()
    {
        var folder = Directory.CreateTempSubdirectory("staticsite-vanish-").FullName;
        try
        {
            foreach (var (path, text) in TestSite.Basics())
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, path))!);
                File.WriteAllText(Path.Combine(folder, path), text);
            }

            Directory.CreateDirectory(Path.Combine(folder, "articles"));
            File.WriteAllText(Path.Combine(folder, "articles", "a.md"), TestSite.Article("Gone"));
            var diagnostics = new DiagnosticBag();
            var loaded = new ContentLoader().Load(new DiskFileTree(folder, "content"), diagnostics);
            File.Delete(Path.Combine(folder, "articles", "a.md"));

            new ArticleValidator(MarkdownPipelineFactory.Create()).Validate(loaded, Options.Selection, diagnostics);

            var error = Assert.Single(diagnostics.Sorted(), d => d.Severity == Severity.Error);
            Assert.StartsWith("content/articles/a.md:10:1: error: the body cannot be read:", error.ToString());
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
