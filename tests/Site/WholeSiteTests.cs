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
