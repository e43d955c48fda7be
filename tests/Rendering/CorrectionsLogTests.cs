using System.Text.Json;
using System.Xml.Linq;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Rendering;

public class CorrectionsLogTests
{
    private static Dictionary<string, string> Site()
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("Alpha <report>", "2021-06-01",
            extra: "corrections:\n  - date: 2021-06-03\n    text: Fixed the province.\n  - date: 2021-06-05\n    text: Fixed a date & a name.\n");
        files["articles/b.md"] = TestSite.Article("Beta", "2021-06-02",
            extra: "corrections:\n  - date: 2021-06-04\n    text: Fixed the source.\n");
        files["articles/c.md"] = TestSite.Article("Gamma", "2021-06-06");
        return files;
    }

    [Fact]
    public void The_log_lists_every_correction_newest_first_paginated_with_links_to_each_correction()
    {
        var result = TestSite.Build(Site());

        var first = result.Text("corrections/index.html");
        var second = result.Text("corrections/page/2/index.html");
        Assert.True(first.IndexOf("Fixed a date &amp; a name.", StringComparison.Ordinal) < first.IndexOf("Fixed the source.", StringComparison.Ordinal));
        Assert.Contains("href=\"/reports/articles/a/#correction-2\"", first);
        Assert.Contains("Fixed the province.", second);
        Assert.Contains("<li id=\"correction-2\">", result.Text("articles/a/index.html"));
        Assert.Contains("href=\"/reports/corrections/\">All corrections</a>", result.Text("articles/a/index.html"));
        Assert.Contains("<a href=\"/reports/corrections/\">Corrections</a>", result.Text("articles/c/index.html"));
        Assert.Contains("https://example.org/reports/corrections/", result.Text("sitemap.xml"));
    }

    [Fact]
    public void The_log_has_an_atom_and_a_json_feed_with_one_entry_per_correction()
    {
        var result = TestSite.Build(Site());

        var atom = XDocument.Parse(result.Text("corrections/feed.xml"));
        XNamespace ns = "http://www.w3.org/2005/Atom";
        var ids = atom.Root!.Elements(ns + "entry").Select(e => e.Element(ns + "id")!.Value).ToList();
        Assert.Equal(["https://example.org/reports/articles/a/#correction-2", "https://example.org/reports/articles/b/#correction-1",
            "https://example.org/reports/articles/a/#correction-1"], ids);
        Assert.Equal("Alpha <report>", atom.Root!.Elements(ns + "entry").First().Element(ns + "title")!.Value);

        using var json = JsonDocument.Parse(result.Text("corrections/feed.json"));
        Assert.Equal("https://jsonfeed.org/version/1.1", json.RootElement.GetProperty("version").GetString());
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, items.Count);
        Assert.Equal("Fixed a date & a name.", items[0].GetProperty("content_text").GetString());
        Assert.Equal("2021-06-05T00:00:00+00:00", items[0].GetProperty("date_published").GetString());
    }

    [Fact]
    public void A_site_without_corrections_still_has_the_log_page_the_footer_links_to()
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("Alpha");

        var result = TestSite.Build(files);

        Assert.Contains("No report has been corrected.", result.Text("corrections/index.html"));
        Assert.Empty(JsonDocument.Parse(result.Text("corrections/feed.json")).RootElement.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public void The_corrections_policy_named_in_site_yml_is_in_the_publishers_structured_data()
    {
        var files = Site();
        files["site.yml"] += "corrections_policy: /corrections/\n";

        var page = TestSite.Build(files).Text("articles/a/index.html");
        var without = TestSite.Build(Site()).Text("articles/a/index.html");

        Assert.Contains("\"correctionsPolicy\":\"https://example.org/reports/corrections/\"", page);
        Assert.DoesNotContain("correctionsPolicy", without);
    }
}
