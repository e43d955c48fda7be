using StaticSite.Diagnostics;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Validation;

public class ArchivedOriginalTests
{
    private static readonly BuildOptions Options = new() { Now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) };

    private static string Archived(string url, string date = "2021-06-10") =>
        $"---\ntitle: T\ndate: 2021-06-09\ntranslators: [Y]\nsource:\n  publication: daily-nk\n  url: https://www.dailynk.com/example\n" +
        $"  archived:\n    url: {url}\n    date: {date}\ntopics: [censorship]\n---\nBody.\n";

    private static IReadOnlyList<Diagnostic> Diagnostics(string article, string siteExtra = "")
    {
        var files = TestSite.Basics();
        files["site.yml"] += siteExtra;
        files["articles/a.md"] = article;
        return TestSite.Build(files, Options).Diagnostics;
    }

    [Fact]
    public void The_provenance_block_links_the_archived_copy_and_marks_the_original_link_as_a_robust_link()
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = Archived("https://web.archive.org/web/20210610000000/https://www.dailynk.com/example");

        var page = TestSite.Build(files, Options).Text("articles/a/index.html");

        Assert.Contains("<a href=\"https://www.dailynk.com/example\" rel=\"external\" data-originalurl=\"https://www.dailynk.com/example\" " +
            "data-versionurl=\"https://web.archive.org/web/20210610000000/https://www.dailynk.com/example\" data-versiondate=\"2021-06-10\">Read the original</a>", page);
        Assert.Contains(">Archived copy</a> (<time datetime=\"2021-06-10\">10 June 2021</time>)", page);
    }

    [Fact]
    public void A_snapshot_address_that_is_not_absolute_is_an_error_at_its_line()
    {
        var diagnostics = Diagnostics(Archived("web.archive.org/web/2021/x"));

        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("content/articles/a.md:9:10: error: 'source.archived.url' must be an absolute http(s) address, not 'web.archive.org/web/2021/x'", error.ToString());
    }

    [Fact]
    public void A_wayback_address_of_the_wrong_form_date_or_page_is_a_warning()
    {
        Assert.Contains(Diagnostics(Archived("https://web.archive.org/https://www.dailynk.com/example")),
            d => d.Severity == Severity.Warning && d.Message.StartsWith("a Wayback Machine snapshot address looks like", StringComparison.Ordinal));
        Assert.Contains(Diagnostics(Archived("https://web.archive.org/web/20200101000000/https://www.dailynk.com/example")),
            d => d.Message == "the snapshot's address is dated 2020-01-01, but 'source.archived.date' says 2021-06-10");
        Assert.Contains(Diagnostics(Archived("https://web.archive.org/web/20210610000000/https://example.org/other")),
            d => d.Message == "the snapshot is of 'https://example.org/other', not of the original 'https://www.dailynk.com/example'");
        Assert.Contains(Diagnostics(Archived("https://archive.ph/")),
            d => d.Message.StartsWith("an archive.today snapshot address names the copy", StringComparison.Ordinal));
        Assert.DoesNotContain(Diagnostics(Archived("https://archive.ph/AbC12")), d => d.Severity == Severity.Warning);
    }

    [Fact]
    public void A_snapshot_without_a_date_is_an_error()
    {
        var article = Archived("https://archive.ph/AbC12").Replace("    date: 2021-06-10\n", "");

        Assert.Contains(Diagnostics(article), d => d.ToString() == "content/articles/a.md:8:3: error: 'source.archived' needs the 'date' the snapshot was taken, such as 2021-06-10");
    }

    [Fact]
    public void An_original_older_than_the_configured_age_without_a_snapshot_is_a_warning_at_its_address()
    {
        var article = TestSite.Article("T", "2025-12-01");

        var warnings = Diagnostics(article, "archive_after_days: 30\n").Where(d => d.Severity == Severity.Warning).ToList();
        var young = Diagnostics(article, "archive_after_days: 60\n").Where(d => d.Severity == Severity.Warning).ToList();
        var unset = Diagnostics(article).Where(d => d.Severity == Severity.Warning).ToList();

        var warning = Assert.Single(warnings);
        Assert.StartsWith("content/articles/a.md:7:8: warning: the original was published 31 days ago and has no archived copy", warning.ToString());
        Assert.Empty(young);
        Assert.Empty(unset);
    }
}
