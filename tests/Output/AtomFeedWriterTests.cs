using System.Xml.Linq;
using StaticSite.Content;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Output;

public class AtomFeedWriterTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static XDocument Feed(string path, Dictionary<string, string>? files = null)
    {
        files ??= Files();
        var result = TestSite.Build(files, new BuildOptions { Now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) });
        return XDocument.Parse(result.Text(path));
    }

    private static Dictionary<string, string> Files()
    {
        var files = TestSite.Basics();
        files["articles/old.md"] = TestSite.Article("Old <report> & more", date: "2021-06-09", body: "Old body.");
        files["articles/new.md"] = TestSite.Article("New", date: "2021-07-01T08:30:00+09:00", topics: "[technology]", extra: "updated: 2021-07-03\nauthor: Kim Yoo Jin\n", body: "New body.");
        return files;
    }

    [Fact]
    public void The_site_feed_is_valid_atom_with_entries_newest_first()
    {
        var feed = Feed("feed.xml");

        Assert.Equal(Atom + "feed", feed.Root!.Name);
        Assert.Equal("Test Reports", feed.Root.Element(Atom + "title")!.Value);
        Assert.Equal("https://example.org/reports/feed.xml", feed.Root.Element(Atom + "id")!.Value);
        var entries = feed.Root.Elements(Atom + "entry").ToList();
        Assert.Equal(["New", "Old <report> & more"], entries.Select(e => e.Element(Atom + "title")!.Value));
        Assert.Equal("https://example.org/reports/articles/new/", entries[0].Element(Atom + "id")!.Value);
        Assert.Equal("https://example.org/reports/articles/new/", entries[0].Element(Atom + "link")!.Attribute("href")!.Value);
    }

    [Fact]
    public void Entry_dates_come_from_the_content()
    {
        var feed = Feed("feed.xml");
        var entries = feed.Root!.Elements(Atom + "entry").ToList();

        Assert.Equal("2021-07-01T08:30:00+09:00", entries[0].Element(Atom + "published")!.Value);
        Assert.Equal("2021-07-03T00:00:00+00:00", entries[0].Element(Atom + "updated")!.Value);
        Assert.Equal("2021-06-09T00:00:00+00:00", entries[1].Element(Atom + "published")!.Value);
        Assert.Equal("2021-06-09T00:00:00+00:00", entries[1].Element(Atom + "updated")!.Value);
        Assert.Equal("2021-07-03T00:00:00+00:00", feed.Root.Element(Atom + "updated")!.Value);
    }

    [Fact]
    public void Authors_translators_topics_and_summary_are_in_each_entry()
    {
        var entry = Feed("feed.xml").Root!.Elements(Atom + "entry").First();

        Assert.Equal("Kim Yoo Jin", entry.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.Equal("Yongmin Lee", entry.Element(Atom + "contributor")!.Element(Atom + "name")!.Value);
        Assert.Equal("technology", entry.Element(Atom + "category")!.Attribute("term")!.Value);
        Assert.Equal("New body.", entry.Element(Atom + "summary")!.Value);
    }

    [Fact]
    public void An_entry_without_an_author_names_the_publication()
    {
        var entry = Feed("feed.xml").Root!.Elements(Atom + "entry").Last();

        Assert.Equal("Daily NK", entry.Element(Atom + "author")!.Element(Atom + "name")!.Value);
    }

    [Fact]
    public void Source_and_topic_feeds_hold_only_their_articles()
    {
        Assert.Equal(["New"], Feed("topics/technology/feed.xml").Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value));
        Assert.Equal(2, Feed("sources/daily-nk/feed.xml").Root!.Elements(Atom + "entry").Count());
        Assert.Equal("https://example.org/reports/topics/technology/",
            Feed("topics/technology/feed.xml").Root!.Elements(Atom + "link").Single(l => l.Attribute("rel")!.Value == "alternate" && l.Attribute("type")!.Value == "text/html").Attribute("href")!.Value);
    }

    [Fact]
    public void A_feed_with_no_articles_has_a_fixed_date_not_the_build_time()
    {
        var files = Files();
        files["topics.yml"] += "empty:\n  title: Empty\n";

        var feed = Feed("topics/empty/feed.xml", files);

        Assert.Empty(feed.Root!.Elements(Atom + "entry"));
        Assert.Equal("2000-01-01T00:00:00+00:00", feed.Root.Element(Atom + "updated")!.Value);
    }
}
