using StaticSite.Content;
using StaticSite.Indexing;
using StaticSite.Output;

namespace StaticSite.Tests.Indexing;

public class UrlMapTests
{
    private static UrlMap Map(string baseUrl) => new(new SiteConfig("T", "", new Uri(baseUrl), "en", ["en"], 20));

    [Fact]
    public void Every_page_kind_has_its_contract_path()
    {
        Assert.Equal("/", UrlMap.Home());
        Assert.Equal("/page/2/", UrlMap.Home(2));
        Assert.Equal("/articles/private-video-ban/", UrlMap.Article("private-video-ban"));
        Assert.Equal("/sources/", UrlMap.Sources());
        Assert.Equal("/sources/daily-nk/", UrlMap.Source("daily-nk"));
        Assert.Equal("/sources/daily-nk/page/3/", UrlMap.Source("daily-nk", 3));
        Assert.Equal("/sources/daily-nk/feed.xml", UrlMap.SourceFeed("daily-nk"));
        Assert.Equal("/topics/", UrlMap.Topics());
        Assert.Equal("/topics/censorship/", UrlMap.Topic("censorship"));
        Assert.Equal("/topics/censorship/page/2/", UrlMap.Topic("censorship", 2));
        Assert.Equal("/topics/censorship/feed.xml", UrlMap.TopicFeed("censorship"));
        Assert.Equal("/translators/", UrlMap.Translators());
        Assert.Equal("/translators/yongmin-lee/", UrlMap.Translator("yongmin-lee"));
        Assert.Equal("/feed.xml", UrlMap.Feed());
        Assert.Equal("/sitemap.xml", UrlMap.Sitemap());
        Assert.Equal("/robots.txt", UrlMap.Robots());
        Assert.Equal("/404.html", UrlMap.NotFound());
    }

    [Fact]
    public void Page_one_has_no_page_segment()
    {
        Assert.Equal(UrlMap.Home(), UrlMap.Home(1));
        Assert.Equal(UrlMap.Source("a"), UrlMap.Source("a", 1));
        Assert.Equal(UrlMap.Topic("a"), UrlMap.Topic("a", 1));
    }

    [Theory]
    [InlineData("https://example.org/reports/", "/articles/x/", "/reports/articles/x/")]
    [InlineData("https://example.org/reports/", "/", "/reports/")]
    [InlineData("https://example.org/", "/articles/x/", "/articles/x/")]
    [InlineData("https://example.org/a/b/", "/feed.xml", "/a/b/feed.xml")]
    public void Href_puts_the_base_path_in_front(string baseUrl, string sitePath, string href) => Assert.Equal(href, Map(baseUrl).Href(sitePath));

    [Theory]
    [InlineData("https://example.org/reports/", "/articles/x/", "https://example.org/reports/articles/x/")]
    [InlineData("https://example.org/reports/", "/", "https://example.org/reports/")]
    [InlineData("https://example.org/", "/sitemap.xml", "https://example.org/sitemap.xml")]
    public void Absolute_joins_the_base_url(string baseUrl, string sitePath, string absolute) => Assert.Equal(absolute, Map(baseUrl).Absolute(sitePath));

    [Fact]
    public void Absolute_gives_what_resolving_the_path_as_a_uri_gives_for_plain_and_unusual_paths_alike()
    {
        string[] bases = ["https://example.org/", "https://example.org/reports/", "HTTPS://Example.ORG:443/Reports/", "http://example.org:8080/a/b/", "https://example.org/news%20room/"];
        string[] paths =
        [
            "/", "", "/articles/private-video-ban/", "/sitemap.xml", "/sitemap-2.xml", "/topics/a_b/page/2/", "/.well-known/x",
            "/a/./b/", "/a/../b/", "/./", "/../", "/a/..", "/a//b/", "//x/", "/%41/", "/a b/", "/ü/", "/한국/", "/a?x=1", "/a#y", "/a\\b", "/..x/", "/x../",
        ];
        foreach (var baseUrl in bases)
        {
            var map = Map(baseUrl);
            foreach (var path in paths)
            {
                Assert.Equal(new Uri(new Uri(baseUrl), path.TrimStart('/')).AbsoluteUri, map.Absolute(path));
            }
        }
    }

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/articles/x/", "articles/x/index.html")]
    [InlineData("/sources/a/page/2/", "sources/a/page/2/index.html")]
    [InlineData("/feed.xml", "feed.xml")]
    [InlineData("/404.html", "404.html")]
    public void Directories_are_written_as_index_html(string sitePath, string file) => Assert.Equal(file, UrlMap.OutputFile(sitePath));
}
