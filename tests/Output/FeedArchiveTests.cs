using System.Globalization;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Output;

/// <summary>The feeds as a reader and a mirror meet them: full content, every language's own, and the site feed's RFC
/// 5005 archive documents leading to every article; each document is parsed strictly and held to the Atom and JSON
/// Feed rules that can be checked offline.</summary>
public class FeedArchiveTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace History = "http://purl.org/syndication/history/1.0";
    private const string Base = "https://example.org/reports/";
    private static readonly BuildOptions Options = new() { Now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) };

    /// <summary><paramref name="count"/> articles, a few a month from January 2019, some on the same day.</summary>
    private static Dictionary<string, string> Many(int count)
    {
        var files = TestSite.Basics();
        for (var i = 0; i < count; i++)
        {
            var date = new DateTime(2019, 1, 1).AddDays(i * 5 / 2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            files[$"articles/a{i:0000}.md"] = TestSite.Article($"Report {i}", date: date, body: $"Body of report {i}, see [the topic](/topics/censorship/).");
        }

        return files;
    }

    /// <summary>Parses a feed as a strict client does: well-formed XML, no DTD.</summary>
    private static XDocument Strict(string text)
    {
        using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader);
    }

    private static bool IsRfc3339(string text) =>
        DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>The Atom rules a validator checks that need no network: ids and self links, titles, RFC 3339 dates, a
    /// language, and on every entry an id, title, date and alternate link.</summary>
    private static void AssertValidAtom(XDocument feed, string url, string language)
    {
        var root = feed.Root!;
        Assert.Equal(Atom + "feed", root.Name);
        Assert.Equal(language, root.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.True(Uri.IsWellFormedUriString(root.Element(Atom + "id")!.Value, UriKind.Absolute));
        Assert.False(string.IsNullOrWhiteSpace(root.Element(Atom + "title")!.Value));
        Assert.True(IsRfc3339(root.Element(Atom + "updated")!.Value));
        Assert.Equal(url, root.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        foreach (var entry in root.Elements(Atom + "entry"))
        {
            Assert.True(Uri.IsWellFormedUriString(entry.Element(Atom + "id")!.Value, UriKind.Absolute));
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")!.Value));
            Assert.True(IsRfc3339(entry.Element(Atom + "updated")!.Value));
            Assert.True(IsRfc3339(entry.Element(Atom + "published")!.Value));
            Assert.NotNull(entry.Elements(Atom + "link").SingleOrDefault(l => (string?)l.Attribute("rel") == "alternate"));
            Assert.NotEmpty(entry.Elements(Atom + "author"));
        }
    }

    private static string Link(XDocument feed, string rel) =>
        feed.Root!.Elements(Atom + "link").SingleOrDefault(l => (string?)l.Attribute("rel") == rel && (string?)l.Attribute("type") != "application/feed+json")?.Attribute("href")!.Value!;

    [Fact]
    public void Following_prev_archive_from_the_site_feed_reaches_every_article_with_its_full_content()
    {
        var result = TestSite.Build(Many(150), Options);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var url = Base + "feed.xml";
        var documents = 0;
        while (url is not null)
        {
            var feed = Strict(result.Text(url[Base.Length..]));
            AssertValidAtom(feed, url, "en");
            if (documents++ > 0)
            {
                Assert.NotNull(feed.Root!.Element(History + "archive"));
                Assert.Equal(Base + "feed.xml", Link(feed, "current"));
            }

            foreach (var entry in feed.Root!.Elements(Atom + "entry")) seen.TryAdd(entry.Element(Atom + "id")!.Value, entry.Element(Atom + "content")!.Value);
            url = Link(feed, "prev-archive");
        }

        Assert.Equal(150, seen.Count);
        Assert.True(documents > 10, $"only {documents} documents");
        Assert.All(seen, p => Assert.Contains($"<a href=\"{Base}topics/censorship/\">the topic</a>", p.Value));
    }

    [Fact]
    public void Following_next_url_from_the_json_feed_reaches_every_article_too()
    {
        var result = TestSite.Build(Many(150), Options);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var url = Base + "feed.json";
        while (url is not null)
        {
            using var feed = JsonDocument.Parse(result.Text(url[Base.Length..]));
            var root = feed.RootElement;
            Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
            Assert.Equal(url, root.GetProperty("feed_url").GetString());
            Assert.Equal("en", root.GetProperty("language").GetString());
            foreach (var item in root.GetProperty("items").EnumerateArray())
            {
                Assert.True(Uri.IsWellFormedUriString(item.GetProperty("id").GetString(), UriKind.Absolute));
                Assert.Contains("Body of report", item.GetProperty("content_html").GetString());
                Assert.True(IsRfc3339(item.GetProperty("date_published").GetString()!));
                seen.Add(item.GetProperty("id").GetString()!);
            }

            url = root.TryGetProperty("next_url", out var next) ? next.GetString()! : null!;
        }

        Assert.Equal(150, seen.Count);
    }

    [Fact]
    public void An_archive_document_holds_exactly_one_months_articles_and_links_its_neighbours()
    {
        var result = TestSite.Build(Many(150), Options);

        var march = Strict(result.Text("archive/2019/03/feed.xml"));

        var dates = march.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "published")!.Value).ToList();
        Assert.All(dates, d => Assert.StartsWith("2019-03-", d, StringComparison.Ordinal));
        Assert.Equal(12, dates.Count);
        Assert.Equal(Base + "archive/2019/02/feed.xml", Link(march, "prev-archive"));
        Assert.Equal(Base + "archive/2019/04/feed.xml", Link(march, "next-archive"));
        Assert.Contains("href=\"/reports/archive/2019/03/feed.xml\"", result.Text("archive/2019/03/index.html"));
    }

    [Fact]
    public void Entry_bodies_carry_absolute_addresses_for_links_images_and_footnotes()
    {
        var files = TestSite.Basics();
        files["media/chart.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
        files["articles/a.md"] = TestSite.Article("A", body: "See [B](/articles/b/) and ![a chart](/media/chart.svg).[^1]\n\n[^1]: A note.");
        files["articles/b.md"] = TestSite.Article("B");

        var content = Strict(TestSite.Build(files, Options).Text("feed.xml")).Root!.Elements(Atom + "entry")
            .Single(e => e.Element(Atom + "title")!.Value == "A").Element(Atom + "content")!;

        Assert.Equal("html", content.Attribute("type")!.Value);
        Assert.Contains($"<a href=\"{Base}articles/b/\">B</a>", content.Value);
        Assert.Contains($"src=\"{Base}media/chart.svg\"", content.Value);
        Assert.Contains($"href=\"{Base}articles/a/#fn:1\"", content.Value);
        Assert.DoesNotContain("href=\"/", content.Value);
    }

    [Fact]
    public void Translator_reporter_and_place_feeds_carry_their_newest_articles_in_full()
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("A", body: "Full text of A.", extra: "author: Kim Yoo Jin\nplaces: [Hyesan]\n");

        var result = TestSite.Build(files, Options);

        foreach (var path in new[] { "translators/yongmin-lee/feed.xml", "reporters/kim-yoo-jin/feed.xml", "places/hyesan/feed.xml" })
        {
            var feed = Strict(result.Text(path));
            AssertValidAtom(feed, Base + path, "en");
            Assert.Contains("Full text of A.", feed.Root!.Element(Atom + "entry")!.Element(Atom + "content")!.Value);
            Assert.NotNull(result.Output!.Get(path[..^".xml".Length] + ".json"));
        }

        Assert.Equal("Reports by Kim Yoo Jin — Test Reports", Strict(result.Text("reporters/kim-yoo-jin/feed.xml")).Root!.Element(Atom + "title")!.Value);
    }

    [Fact]
    public void Each_languages_feeds_say_their_language_and_carry_its_title()
    {
        var files = TestSite.Basics();
        files["site.yml"] = "title: Test Reports\ntitles: {ko: 시험 보도}\ndescription: Reports.\nbase_url: https://example.org/reports/\nlanguage: en\nlanguages: [en, ko]\npage_size: 2\n";
        files["articles/en.md"] = TestSite.Article("English");
        files["articles/ko.md"] = TestSite.Article("한국어 기사", extra: "language: ko\n");

        var result = TestSite.Build(files, Options);

        var korean = Strict(result.Text("ko/feed.xml"));
        AssertValidAtom(korean, Base + "ko/feed.xml", "ko");
        Assert.Equal("시험 보도", korean.Root!.Element(Atom + "title")!.Value);
        AssertValidAtom(Strict(result.Text("ko/topics/censorship/feed.xml")), Base + "ko/topics/censorship/feed.xml", "ko");
        Assert.Equal("Censorship — 시험 보도", Strict(result.Text("ko/topics/censorship/feed.xml")).Root!.Element(Atom + "title")!.Value);
        using var json = JsonDocument.Parse(result.Text("ko/feed.json"));
        Assert.Equal("ko", json.RootElement.GetProperty("language").GetString());
        Assert.Equal("시험 보도", json.RootElement.GetProperty("title").GetString());
        Assert.Equal("en", Strict(result.Text("feed.xml")).Root!.Attribute(XNamespace.Xml + "lang")!.Value);
    }

    [Fact]
    public void Date_only_entries_keep_their_date_and_same_day_entries_a_stable_order()
    {
        var files = TestSite.Basics();
        foreach (var slug in new[] { "zeta", "alpha", "mid" }) files[$"articles/{slug}.md"] = TestSite.Article(slug, date: "2021-06-09");

        var entries = Strict(TestSite.Build(files, Options).Text("feed.xml")).Root!.Elements(Atom + "entry").ToList();

        Assert.Equal(["alpha", "mid", "zeta"], entries.Select(e => e.Element(Atom + "title")!.Value));
        Assert.All(entries, e => Assert.Equal("2021-06-09T00:00:00+00:00", e.Element(Atom + "published")!.Value));
    }

    [Fact]
    public void Every_page_links_the_site_feed_and_its_own_in_both_formats()
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("A");

        var page = TestSite.Build(files, Options).Text("topics/censorship/index.html");

        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Test Reports\" href=\"/reports/feed.xml\">", page);
        Assert.Contains("<link rel=\"alternate\" type=\"application/feed+json\" title=\"Test Reports\" href=\"/reports/feed.json\">", page);
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Censorship — Test Reports\" href=\"/reports/topics/censorship/feed.xml\">", page);
        Assert.Contains("<link rel=\"alternate\" type=\"application/feed+json\" title=\"Censorship — Test Reports\" href=\"/reports/topics/censorship/feed.json\">", page);
    }

    [Fact]
    public void An_article_page_of_the_repository_templates_says_where_its_body_is_so_feeds_need_not_render_it_again()
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("Alpha", body: "First *paragraph*.\n\n## A heading\n\nSecond, with <abbr title=\"x\">X</abbr>.");

        var built = TestSite.Build(files, Options);

        var range = built.Output!.Bodies.RangeOf("articles/a/index.html");
        Assert.NotNull(range);
        var page = built.Output.Get("articles/a/index.html")!.ReadBytes();
        var body = System.Text.Encoding.UTF8.GetString(page, range.Value.Start, range.Value.Length);
        Assert.StartsWith("<p>First <em>paragraph</em>.</p>", body);
        Assert.EndsWith("</abbr>.</p>", body.TrimEnd());
    }

    [Fact]
    public void A_body_with_characters_xml_cannot_hold_still_gives_a_feed_a_strict_parser_reads()
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("A", body: "Text with a \u0001 control character.");

        var feed = Strict(TestSite.Build(files, Options).Text("feed.xml"));

        Assert.Contains("Text with a  control character.", feed.Root!.Element(Atom + "entry")!.Element(Atom + "content")!.Value);
    }

    [Fact]
    public void The_news_sitemap_lists_the_articles_of_the_last_two_days_before_the_newest_when_turned_on()
    {
        var files = TestSite.Basics();
        files["site.yml"] += "news_sitemap: true\n";
        files["articles/new.md"] = TestSite.Article("New", date: "2021-06-09T10:00:00+09:00");
        files["articles/recent.md"] = TestSite.Article("Recent", date: "2021-06-08");
        files["articles/old.md"] = TestSite.Article("Old", date: "2021-06-01");

        var result = TestSite.Build(files, Options);
        var news = Strict(result.Text("news-sitemap.xml"));
        XNamespace ns = "http://www.google.com/schemas/sitemap-news/0.9";

        Assert.Equal(["New", "Recent"], news.Descendants(ns + "title").Select(t => t.Value));
        Assert.Equal(["Test Reports"], news.Descendants(ns + "name").Select(t => t.Value).Distinct());
        Assert.Equal("2021-06-09T10:00:00+09:00", news.Descendants(ns + "publication_date").First().Value);
        Assert.Contains("Sitemap: https://example.org/reports/news-sitemap.xml", result.Text("robots.txt"));
        Assert.Null(TestSite.Build(TestSite.Basics(), Options).Output!.Get("news-sitemap.xml"));
    }
}
