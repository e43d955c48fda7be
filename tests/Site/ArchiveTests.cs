using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Site;

public class ArchiveTests
{
    private static readonly BuildOptions Options = new() { Now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) };

    private static Dictionary<string, string> Files()
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("March one", date: "2021-03-01");
        files["articles/b.md"] = TestSite.Article("March two", date: "2021-03-15");
        files["articles/c.md"] = TestSite.Article("March three", date: "2021-03-20T23:30:00+09:00");
        files["articles/d.md"] = TestSite.Article("June", date: "2021-06-09");
        files["articles/e.md"] = TestSite.Article("Last year", date: "2020-12-31");
        return files;
    }

    private static IEnumerable<string> Titles(string page) =>
        System.Text.RegularExpressions.Regex.Matches(page, "<h2 class=\"card-title\"><a href=\"[^\"]*\">([^<]*)</a>").Select(m => m.Groups[1].Value);

    [Fact]
    public void The_archive_page_lists_each_year_and_month_with_its_count_newest_first()
    {
        var page = TestSite.Build(Files(), Options).Text("archive/index.html");

        Assert.Contains("<h2><a href=\"/reports/archive/2021/\">2021</a> <span class=\"count\">4 reports</span></h2>", page);
        Assert.Contains("<li><a href=\"/reports/archive/2021/03/\">March 2021</a> <span class=\"count\">3</span></li>", page);
        Assert.True(page.IndexOf("/archive/2021/06/", StringComparison.Ordinal) < page.IndexOf("/archive/2021/03/", StringComparison.Ordinal));
        Assert.True(page.IndexOf("/archive/2021/", StringComparison.Ordinal) < page.IndexOf("/archive/2020/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_month_lists_its_articles_newest_first_and_is_paginated()
    {
        var result = TestSite.Build(Files(), Options);

        Assert.Equal(["March three", "March two"], Titles(result.Text("archive/2021/03/index.html")));
        Assert.Equal(["March one"], Titles(result.Text("archive/2021/03/page/2/index.html")));
        Assert.Contains("<a href=\"/reports/archive/2021/\">2021</a>", result.Text("archive/2021/03/index.html"));
    }

    [Fact]
    public void A_year_lists_its_articles_and_links_its_months()
    {
        var result = TestSite.Build(Files(), Options);

        var year = result.Text("archive/2021/index.html");
        Assert.Equal(["June", "March three"], Titles(year));
        Assert.Equal(["March two", "March one"], Titles(result.Text("archive/2021/page/2/index.html")));
        Assert.Contains("<a href=\"/reports/archive/2021/06/\">June 2021</a>", year);
        Assert.Equal(["Last year"], Titles(result.Text("archive/2020/12/index.html")));
    }

    [Fact]
    public void An_article_dated_with_a_time_is_filed_under_its_own_dates_month()
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("New year in Seoul", date: "2021-01-01T00:30:00+09:00");

        var result = TestSite.Build(files, Options);

        Assert.Equal(["New year in Seoul"], Titles(result.Text("archive/2021/01/index.html")));
        Assert.Null(result.Output!.Get("archive/2020/12/index.html"));
    }

    [Fact]
    public void An_articles_date_and_every_footer_link_the_archive()
    {
        var result = TestSite.Build(Files(), Options);

        Assert.Contains("<a href=\"/reports/archive/2021/06/\"><time datetime=\"2021-06-09\">9 June 2021</time></a>", result.Text("articles/d/index.html"));
        Assert.Contains("<a href=\"/reports/archive/\">Archive</a>", result.Text("index.html"));
        Assert.Contains("<a href=\"/reports/archive/\" aria-current=\"page\">Archive</a>", result.Text("archive/index.html"));
    }

    [Fact]
    public void Archive_pages_are_in_the_sitemap_with_their_newest_articles_date()
    {
        var sitemap = TestSite.Build(Files(), Options).Text("sitemap.xml");

        Assert.Contains("<loc>https://example.org/reports/archive/2021/03/</loc>\n    <lastmod>2021-03-20</lastmod>", sitemap);
        Assert.Contains("<loc>https://example.org/reports/archive/</loc>\n    <lastmod>2021-06-09</lastmod>", sitemap);
    }

    [Fact]
    public void A_site_with_no_articles_has_an_empty_archive_page_kept_out_of_the_sitemap()
    {
        var result = TestSite.Build(TestSite.Basics(), Options);

        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", result.Text("archive/index.html"));
        Assert.DoesNotContain("/archive/", result.Text("sitemap.xml"));
    }
}
