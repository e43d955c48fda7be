using StaticSite.Content;
using StaticSite.Output;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Site;

public class WholeSiteTests
{
    [Fact]
    public void An_article_gets_its_page_and_appears_on_its_source_topic_and_translator_pages()
    {
        var files = TestSite.Basics();
        files["articles/ban.md"] = TestSite.Article("Video ban", topics: "[censorship, technology]");

        var result = TestSite.Build(files);

        Assert.Empty(result.Errors());
        Assert.Contains("<h1 class=\"article-title\">Video ban</h1>", result.Text("articles/ban/index.html"));
        foreach (var list in new[] { "index.html", "sources/daily-nk/index.html", "topics/censorship/index.html", "topics/technology/index.html", "translators/yongmin-lee/index.html" })
        {
            Assert.Contains("href=\"/reports/articles/ban/\"", result.Text(list));
        }
    }

    [Fact]
    public void Root_relative_links_in_the_body_get_the_base_path()
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("A", body: "See [the other report](/articles/b/).");
        files["articles/b.md"] = TestSite.Article("B");

        var result = TestSite.Build(files);

        Assert.Contains("<a href=\"/reports/articles/b/\">the other report</a>", result.Text("articles/a/index.html"));
    }
}

public class WholeSitePagesTests
{
    private static readonly BuildOptions Options = new() { Now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) };

    private static Dictionary<string, string> FiveArticles(string baseUrl = "https://example.org/reports/")
    {
        var files = TestSite.Basics(baseUrl);
        files["media/photo.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
        for (var i = 1; i <= 5; i++)
        {
            files[$"articles/a{i}.md"] = TestSite.Article($"Report {i}", date: $"2021-06-0{i}", topics: i % 2 == 0 ? "[censorship, technology]" : "[censorship]",
                extra: i == 1 ? "image:\n  src: /media/photo.svg\n  alt: A photo\n  credit: Daily NK\n" : "",
                body: i == 2 ? "See [report one](/articles/a1/) and [the topic](/topics/censorship/)." : "Body.");
        }

        return files;
    }

    [Fact]
    public void Lists_are_paginated_by_page_size()
    {
        var result = TestSite.Build(FiveArticles(), Options);
        var paths = result.Paths();

        Assert.Contains("page/2/index.html", paths);
        Assert.Contains("page/3/index.html", paths);
        Assert.DoesNotContain("page/4/index.html", paths);
        Assert.DoesNotContain("page/1/index.html", paths);
        Assert.Contains("sources/daily-nk/page/2/index.html", paths);
        Assert.Contains("sources/daily-nk/page/3/index.html", paths);
        Assert.Contains("topics/censorship/page/3/index.html", paths);
        Assert.DoesNotContain("topics/technology/page/2/index.html", paths);

        var page2 = result.Text("page/2/index.html");
        Assert.Contains("href=\"/reports/articles/a3/\"", page2);
        Assert.Contains("href=\"/reports/articles/a2/\"", page2);
        Assert.DoesNotContain("href=\"/reports/articles/a5/\"", page2);
        Assert.Contains("rel=\"prev\" href=\"/reports/\"", page2);
        Assert.Contains("rel=\"next\" href=\"/reports/page/3/\"", page2);
        Assert.Contains("rel=\"next\" href=\"/reports/sources/daily-nk/page/2/\"", result.Text("sources/daily-nk/index.html"));
    }

    [Fact]
    public void Every_page_kind_of_the_url_contract_is_built()
    {
        var paths = TestSite.Build(FiveArticles(), Options).Paths();

        foreach (var expected in new[]
                 {
                     "index.html", "articles/a1/index.html", "sources/index.html", "sources/daily-nk/index.html", "sources/daily-nk/feed.xml",
                     "topics/index.html", "topics/censorship/index.html", "topics/technology/index.html", "topics/censorship/feed.xml",
                     "topics/technology/feed.xml", "translators/index.html", "translators/yongmin-lee/index.html", "feed.xml", "sitemap.xml",
                     "robots.txt", "404.html", "_headers", "media/photo.svg",
                 })
        {
            Assert.Contains(expected, paths);
        }

        Assert.Contains(paths, p => System.Text.RegularExpressions.Regex.IsMatch(p, "^assets/style\\.[0-9a-f]{8}\\.css$"));
    }

    [Theory]
    [InlineData("https://example.org/reports/", "/reports/")]
    [InlineData("https://example.org/a/b/", "/a/b/")]
    [InlineData("https://example.org/", "/")]
    public void Every_site_link_respects_the_base_path(string baseUrl, string basePath)
    {
        var result = TestSite.Build(FiveArticles(baseUrl), Options);

        Assert.Empty(result.Errors());
        foreach (var file in result.Output!.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = System.Text.Encoding.UTF8.GetString(file.ReadBytes());
            foreach (var target in HtmlLinks.Of(html).Where(t => t.StartsWith('/')))
            {
                Assert.True(target.StartsWith(basePath, StringComparison.Ordinal) && !target.StartsWith("//", StringComparison.Ordinal),
                    $"{file.Path} links to {target}, outside {basePath}");
            }

            foreach (var attribute in new[] { "canonical\" href=\"", "og:url\" content=\"" })
            {
                var at = html.IndexOf(attribute, StringComparison.Ordinal);
                Assert.True(at >= 0, $"{file.Path} has no {attribute}");
                Assert.StartsWith(baseUrl, html[(at + attribute.Length)..]);
            }
        }

        Assert.Contains($"<img src=\"{basePath}media/photo.svg\"", result.Text("articles/a1/index.html"));
        Assert.Contains($"href=\"{basePath}articles/a1/\"", result.Text("articles/a2/index.html"));
    }

    [Fact]
    public void The_base_url_option_overrides_site_yml()
    {
        var result = TestSite.Build(FiveArticles(), Options with { BaseUrl = new Uri("https://preview.example.net/pr-7/") });

        Assert.Contains("href=\"/pr-7/articles/a5/\"", result.Text("index.html"));
        Assert.Contains("<loc>https://preview.example.net/pr-7/articles/a1/</loc>", result.Text("sitemap.xml"));
        Assert.DoesNotContain("/reports/", result.Text("articles/a2/index.html"));
    }

    [Fact]
    public void The_sitemap_lists_every_page_but_the_search_not_found_and_empty_pages_with_content_dates()
    {
        var result = TestSite.Build(FiveArticles(), Options);
        var sitemap = System.Xml.Linq.XDocument.Parse(result.Text("sitemap.xml"));
        System.Xml.Linq.XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = sitemap.Root!.Elements(ns + "url").ToDictionary(u => u.Element(ns + "loc")!.Value, u => u.Element(ns + "lastmod")?.Value);

        var pages = result.Paths().Where(p => p.EndsWith("index.html", StringComparison.Ordinal) && p != "search/index.html"
                && !result.Text(p).Contains("<meta name=\"robots\" content=\"noindex\">", StringComparison.Ordinal))
            .Select(p => "https://example.org/reports/" + p[..^"index.html".Length]).ToList();
        Assert.Equal(pages.Order(StringComparer.Ordinal), urls.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(urls.Keys, u => u.Contains("404", StringComparison.Ordinal) || u.EndsWith("/search/", StringComparison.Ordinal));
        Assert.All(urls, u => Assert.NotNull(u.Value));
        Assert.Equal("2021-06-03", urls["https://example.org/reports/articles/a3/"]);
        Assert.Equal("2021-06-05", urls["https://example.org/reports/"]);
        Assert.Equal("Sitemap: https://example.org/reports/sitemap.xml", result.Text("robots.txt").Split('\n').Single(l => l.StartsWith("Sitemap", StringComparison.Ordinal)));
    }

    [Fact]
    public void Feeds_are_linked_from_their_pages()
    {
        var result = TestSite.Build(FiveArticles(), Options);

        Assert.Contains("href=\"/reports/feed.xml\"", result.Text("index.html"));
        Assert.Contains("href=\"/reports/sources/daily-nk/feed.xml\"", result.Text("sources/daily-nk/index.html"));
        Assert.Contains("href=\"/reports/topics/technology/feed.xml\"", result.Text("topics/technology/index.html"));
        Assert.Equal(5, System.Xml.Linq.XDocument.Parse(result.Text("feed.xml")).Root!.Elements("{http://www.w3.org/2005/Atom}entry").Count());
    }

    [Fact]
    public void The_not_found_page_uses_base_path_links_because_it_is_served_at_any_depth()
    {
        var html = TestSite.Build(FiveArticles(), Options).Text("404.html");

        Assert.Contains("<h1 class=\"page-title\">Page not found</h1>", html);
        Assert.Matches("href=\"/reports/assets/style\\.[0-9a-f]{8}\\.css\" integrity=\"sha384-", html);
        Assert.Contains("href=\"/reports/\"", html);
    }

    [Fact]
    public void Drafts_and_future_articles_appear_nowhere_without_their_options()
    {
        var files = FiveArticles();
        files["articles/draft.md"] = TestSite.Article("Secret draft", topics: "[technology]", extra: "draft: true\n");
        files["articles/future.md"] = TestSite.Article("Future report", date: "2030-01-01", topics: "[technology]");

        var result = TestSite.Build(files, Options);

        foreach (var file in result.Output!.Files.Where(f => f.Bytes is not null))
        {
            var text = System.Text.Encoding.UTF8.GetString(file.Bytes!);
            Assert.DoesNotContain("Secret draft", text);
            Assert.DoesNotContain("Future report", text);
        }

        var both = TestSite.Build(files, Options with { Drafts = true, Future = true });
        Assert.Contains("Secret draft", both.Text("topics/technology/index.html"));
        Assert.Contains("Future report", both.Text("feed.xml"));
    }

    [Fact]
    public void Contributor_text_cannot_add_markup_to_any_page()
    {
        var files = TestSite.Basics();
        files["sources.yml"] = "daily-nk:\n  name: \"<script>alert('s')</script>\"\n  url: https://www.dailynk.com/\n  language: ko\n  description: \"<img src=x onerror=alert(1)>\"\n";
        files["articles/x.md"] = TestSite.Article("<script>alert('t')</script>",
            extra: "author: \"<b onmouseover=alert(1)>Kim</b>\"\nplaces: [\"<iframe src=//evil>\"]\nsummary: \"</p><script>x</script>\"\nsource_extra_ignored: 1\nimage:\n  caption: \"<svg onload=alert(1)>\"\n  credit: \"\\\" onclick=\\\"alert(1)\"\ncorrections:\n  - date: 2021-06-10\n    text: \"<a href=javascript:alert(1)>x</a>\"\n",
            body: "<script>alert('b')</script>\n\n[x](javascript:alert(1))");
        files["articles/x.md"] = files["articles/x.md"].Replace("\n[x](javascript:alert(1))", "", StringComparison.Ordinal);

        var result = TestSite.Build(files, Options);

        Assert.Empty(result.Errors());
        foreach (var file in result.Output!.Files.Where(f => f.Bytes is not null))
        {
            var text = System.Text.RegularExpressions.Regex.Replace(
                System.Text.Encoding.UTF8.GetString(file.Bytes!).Replace("<script type=\"application/ld+json\">", "", StringComparison.Ordinal),
                "<script src=\"/reports/assets/search\\.[0-9a-f]{8}\\.js\" integrity=\"sha384-[A-Za-z0-9+/=]+\" crossorigin=\"anonymous\" defer>",
                "");
            foreach (var bad in new[] { "<script", "<img src=x", "<iframe", "<svg", "<b onmouseover", "\" onclick=\"", "<a href=javascript" })
            {
                Assert.False(text.Contains(bad, StringComparison.OrdinalIgnoreCase), $"{file.Path} contains {bad}");
            }
        }
    }

    [Fact]
    public void Pages_that_no_longer_exist_are_not_in_a_rebuild()
    {
        var files = FiveArticles();
        var first = TestSite.Build(files, Options).Paths();
        files.Remove("articles/a5.md");
        files.Remove("articles/a4.md");

        var second = TestSite.Build(files, Options).Paths();

        Assert.Contains("articles/a5/index.html", first);
        Assert.DoesNotContain("articles/a5/index.html", second);
        Assert.DoesNotContain("page/3/index.html", second);
        Assert.DoesNotContain("topics/technology/page/2/index.html", second);
    }
}
