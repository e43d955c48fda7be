using StaticSite.Tests.Support;

namespace StaticSite.Tests.Permalinks;

public class RedirectTests
{
    private static Dictionary<string, string> Files(string aliases)
    {
        var files = TestSite.Basics();
        files["articles/new-slug.md"] = TestSite.Article("Moved report", extra: $"aliases: {aliases}\n");
        return files;
    }

    [Fact]
    public void Each_alias_gets_a_redirect_page_to_the_article_with_its_canonical_link_and_noindex()
    {
        var result = TestSite.Build(Files("[/articles/old-slug/, /2019/old-report.html]"));

        Assert.Empty(result.Errors());
        foreach (var path in new[] { "articles/old-slug/index.html", "2019/old-report.html" })
        {
            var page = result.Text(path);
            Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=/reports/articles/new-slug/\">", page);
            Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/reports/articles/new-slug/\">", page);
            Assert.Contains("<meta name=\"robots\" content=\"noindex\">", page);
            Assert.Contains("<a href=\"/reports/articles/new-slug/\">Moved report</a>", page);
        }
    }

    [Fact]
    public void The_redirects_file_has_a_301_line_per_alias_with_the_base_path()
    {
        var result = TestSite.Build(Files("[/articles/old-slug/, /2019/old-report.html]"));

        var lines = result.Text("_redirects").Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#'));
        Assert.Equal(["/reports/2019/old-report.html /reports/articles/new-slug/ 301", "/reports/articles/old-slug/ /reports/articles/new-slug/ 301"], lines);
    }

    [Fact]
    public void An_alias_without_a_trailing_slash_is_the_folder_address()
    {
        var result = TestSite.Build(Files("[/articles/old-slug]"));

        Assert.Contains("url=/reports/articles/new-slug/", result.Text("articles/old-slug/index.html"));
    }

    [Fact]
    public void Redirect_pages_are_not_in_the_sitemap()
    {
        var result = TestSite.Build(Files("[/articles/old-slug/]"));

        Assert.DoesNotContain("old-slug", result.Text("sitemap.xml"));
    }

    [Fact]
    public void An_alias_that_is_the_address_of_a_page_is_an_error_at_its_line()
    {
        var result = TestSite.Build(Files("[/topics/censorship/]"));

        Assert.Contains("content/articles/new-slug.md:9:11: error: alias '/topics/censorship/' is the address of the page /topics/censorship/; an alias must be an address no page of the site uses", result.Errors());
    }

    [Fact]
    public void An_alias_another_article_already_claims_is_an_error_naming_that_article()
    {
        var files = Files("[/articles/old-slug/]");
        files["articles/other.md"] = TestSite.Article("Other report", extra: "aliases:\n  - /articles/old-slug/\n");

        var result = TestSite.Build(files);

        Assert.Contains("content/articles/other.md:10:5: error: alias '/articles/old-slug/' is already an alias of content/articles/new-slug.md; an old address can lead to one article only", result.Errors());
    }

    [Theory]
    [InlineData("[articles/old/]")]
    [InlineData("[/articles/../etc/]")]
    [InlineData("[/articles/old?id=3]")]
    [InlineData("[/feed.rss]")]
    [InlineData("[\"/articles/with space/\"]")]
    public void An_alias_that_is_not_a_plain_page_path_is_an_error_at_its_line(string aliases)
    {
        var result = TestSite.Build(Files(aliases));

        Assert.Contains(result.Errors(), e => e.StartsWith("content/articles/new-slug.md:9:", StringComparison.Ordinal) && e.Contains("is not a page path", StringComparison.Ordinal));
    }

    [Fact]
    public void An_alias_that_is_the_articles_own_address_is_an_error()
    {
        var result = TestSite.Build(Files("[/articles/new-slug/]"));

        Assert.Contains("content/articles/new-slug.md:9:11: error: alias '/articles/new-slug/' is this article's own address", result.Errors());
    }

    [Fact]
    public void A_body_link_to_an_old_address_links_the_article_itself()
    {
        var files = Files("[/articles/old-slug/]");
        files["articles/linking.md"] = TestSite.Article("Linking report", body: "See [the old link](/articles/old-slug/).");

        var result = TestSite.Build(files);

        Assert.Empty(result.Errors());
        Assert.Contains("<a href=\"/reports/articles/new-slug/\">the old link</a>", result.Text("articles/linking/index.html"));
    }
}
