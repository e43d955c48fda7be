using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using StaticSite.Content;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Rendering;

public class StructuredDataTests
{
    private const string FullArticle = "---\ntitle: Student punished for sharing a video\ndate: 2021-06-09\nupdated: 2021-06-12\nauthor: Kim Yoo Jin\ntranslators: [Yongmin Lee]\n" +
        "source:\n  publication: daily-nk\n  url: https://www.dailynk.com/korean/1\n  title: \"평양 대학생 결혼식 영상 유포로 처벌\"\n  published: 2021-06-08\n" +
        "topics: [censorship, technology]\nplaces: [Pyongyang]\nimage:\n  src: https://images.example.org/players.jpg\n  alt: Two media players\n" +
        "corrections:\n  - date: 2021-06-11\n    text: An earlier version misnamed the province.\n---\nA university student was punished.\n";

    private static AngleSharp.Html.Dom.IHtmlDocument Page(Dictionary<string, string> files, string path) =>
        new HtmlParser().ParseDocument(TestSite.Build(files).Text(path));

    private static JsonElement JsonLd(AngleSharp.Html.Dom.IHtmlDocument document) =>
        JsonDocument.Parse(Assert.Single(document.QuerySelectorAll("script[type='application/ld+json']")).TextContent).RootElement;

    private static string Meta(AngleSharp.Html.Dom.IHtmlDocument document, string key) =>
        document.QuerySelector($"meta[property='{key}'], meta[name='{key}']")?.GetAttribute("content") ?? "(missing)";

    [Fact]
    public void An_article_page_describes_the_report_as_a_NewsArticle_translated_from_the_original()
    {
        var files = TestSite.Basics();
        files["articles/student.md"] = FullArticle;
        var data = JsonLd(Page(files, "articles/student/index.html"));

        Assert.Equal("NewsArticle", data.GetProperty("@type").GetString());
        Assert.Equal("Student punished for sharing a video", data.GetProperty("headline").GetString());
        Assert.Equal("A university student was punished.", data.GetProperty("description").GetString());
        Assert.Equal("2021-06-09T00:00:00+00:00", data.GetProperty("datePublished").GetString());
        Assert.Equal("2021-06-12T00:00:00+00:00", data.GetProperty("dateModified").GetString());
        Assert.Equal("en", data.GetProperty("inLanguage").GetString());
        Assert.Equal("Kim Yoo Jin", data.GetProperty("author")[0].GetProperty("name").GetString());
        Assert.Equal("Yongmin Lee", data.GetProperty("translator")[0].GetProperty("name").GetString());
        Assert.Equal("https://www.dailynk.com/korean/1", data.GetProperty("isBasedOn").GetString());
        var work = data.GetProperty("translationOfWork");
        Assert.Equal("CreativeWork", work.GetProperty("@type").GetString());
        Assert.Equal("평양 대학생 결혼식 영상 유포로 처벌", work.GetProperty("name").GetString());
        Assert.Equal("ko", work.GetProperty("inLanguage").GetString());
        Assert.Equal("https://www.dailynk.com/korean/1", work.GetProperty("url").GetString());
        Assert.Equal("2021-06-08T00:00:00+00:00", work.GetProperty("datePublished").GetString());
        Assert.Equal("Test Reports", data.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal(["https://example.org/reports/articles/student/card.png"], data.GetProperty("image").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal(["Censorship", "Technology"], data.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("Pyongyang", data.GetProperty("contentLocation")[0].GetProperty("name").GetString());
        var correction = Assert.Single(data.GetProperty("correction").EnumerateArray());
        Assert.Equal("CorrectionComment", correction.GetProperty("@type").GetString());
        Assert.Equal("2021-06-11T00:00:00+00:00", correction.GetProperty("datePublished").GetString());
        Assert.Equal("An earlier version misnamed the province.", correction.GetProperty("text").GetString());
    }

    [Fact]
    public void A_title_that_closes_the_script_element_stays_inside_the_JSON()
    {
        const string title = "</script><script>alert(1)</script>";
        var files = TestSite.Basics();
        files["articles/evil.md"] = TestSite.Article(title);
        var html = TestSite.Build(files).Text("articles/evil/index.html");
        var document = new HtmlParser().ParseDocument(html);

        Assert.Equal(title, JsonLd(document).GetProperty("headline").GetString());
        Assert.Single(document.QuerySelectorAll("script"));
        Assert.Single(Regex.Matches(html, "</script", RegexOptions.IgnoreCase));
        Assert.Contains("\\u003C/script\\u003E", html);
    }

    [Fact]
    public void An_article_with_an_image_gets_a_large_card_and_its_dates_and_locale_as_OpenGraph()
    {
        var files = TestSite.Basics();
        files["articles/student.md"] = FullArticle.Replace("https://images.example.org/players.jpg", "/media/players.jpg", StringComparison.Ordinal);
        var media = new Dictionary<string, byte[]> { ["media/players.jpg"] = TestPhotos.Jpeg(2000, 1500) };
        var document = new HtmlParser().ParseDocument(TestSite.Build(files, media).Text("articles/student/index.html"));

        Assert.Equal("https://example.org/reports/media/_v/players-jpg-1200x675.jpg", Meta(document, "og:image"));
        Assert.Equal("1200", Meta(document, "og:image:width"));
        Assert.Equal("675", Meta(document, "og:image:height"));
        Assert.Equal("Two media players", Meta(document, "og:image:alt"));
        Assert.Equal("en_US", Meta(document, "og:locale"));
        Assert.Equal("2021-06-09T00:00:00+00:00", Meta(document, "article:published_time"));
        Assert.Equal("2021-06-12T00:00:00+00:00", Meta(document, "article:modified_time"));
        Assert.Equal("summary_large_image", Meta(document, "twitter:card"));
        Assert.Equal("Student punished for sharing a video", Meta(document, "twitter:title"));
        Assert.Equal("A university student was punished.", Meta(document, "twitter:description"));
    }

    [Fact]
    public void An_article_without_a_photograph_is_shared_with_its_drawn_card()
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("Video ban");
        var document = Page(files, "articles/a/index.html");

        Assert.Equal("summary_large_image", Meta(document, "twitter:card"));
        Assert.Equal("https://example.org/reports/articles/a/card.png", Meta(document, "og:image"));
        Assert.Equal("1200", Meta(document, "og:image:width"));
        Assert.Equal("630", Meta(document, "og:image:height"));
        Assert.Equal("Video ban", Meta(document, "og:image:alt"));
    }

    [Theory]
    [InlineData("topics/censorship/index.html", "Censorship", "https://example.org/reports/topics/censorship/")]
    [InlineData("sources/daily-nk/index.html", "Daily NK", "https://example.org/reports/sources/daily-nk/")]
    public void Topic_and_source_pages_are_CollectionPages_listing_their_articles(string path, string name, string url)
    {
        var files = TestSite.Basics();
        files["articles/old.md"] = TestSite.Article("Older report", date: "2021-06-01");
        files["articles/new.md"] = TestSite.Article("Newer report", date: "2021-06-05");
        var data = JsonLd(Page(files, path));

        Assert.Equal("CollectionPage", data.GetProperty("@type").GetString());
        Assert.Equal(name, data.GetProperty("name").GetString());
        Assert.Equal(url, data.GetProperty("url").GetString());
        Assert.Equal("en", data.GetProperty("inLanguage").GetString());
        Assert.False(string.IsNullOrEmpty(data.GetProperty("description").GetString()));
        Assert.Equal(["https://example.org/reports/articles/new/", "https://example.org/reports/articles/old/"],
            data.GetProperty("mainEntity").GetProperty("itemListElement").EnumerateArray().Select(i => i.GetProperty("url").GetString()));
    }

    [Fact]
    public void The_article_page_says_which_date_is_the_translation_and_which_the_original()
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("Known", date: "2021-06-09T14:30:00+09:00", extra: "slug: known\n").Replace("  url: https://www.dailynk.com/example\n", "  url: https://www.dailynk.com/example\n  published: 2021-06-08\n", StringComparison.Ordinal);
        files["articles/b.md"] = TestSite.Article("Unknown", extra: "slug: unknown\n");

        var known = Page(files, "articles/known/index.html").QuerySelector("p.dates")!.TextContent;
        var unknown = Page(files, "articles/unknown/index.html").QuerySelector("p.dates")!.TextContent;

        Assert.Contains("Translated and published 9 June 2021, 14:30 UTC+09:00", known, StringComparison.Ordinal);
        Assert.Contains("Original report: 8 June 2021", known, StringComparison.Ordinal);
        Assert.Contains("Original report: date of the original not on record", unknown, StringComparison.Ordinal);
    }
}
