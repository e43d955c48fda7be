using System.Text.RegularExpressions;
using System.Xml.Linq;
using StaticSite.Pipeline;
using StaticSite.Tests.Browser;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Site;

/// <summary>Language pairing across every page kind, on the two-language site the browser checks use.</summary>
public class HreflangTests
{
    private const string Base = "https://example.org/reports/";
    private static readonly Lazy<BuildResult> Site = new(BrowserSite.Build);

    private static readonly Regex Alternate = new("<link rel=\"alternate\" hreflang=\"([^\"]+)\" href=\"([^\"]+)\">");

    private static Dictionary<string, string> Alternates(string html) =>
        Alternate.Matches(html).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);

    private static IEnumerable<(string Path, string Html)> Pages() =>
        Site.Value.Paths().Where(p => p.EndsWith(".html", StringComparison.Ordinal)).Select(p => (p, Site.Value.Text(p)));

    private static string UrlOf(string path) => Base + (path.EndsWith("index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path);

    [Fact]
    public void Every_alternate_names_a_page_that_names_this_one_back_with_x_default_on_the_english_version()
    {
        var paired = Pages().Select(p => (p.Path, Links: Alternates(p.Html))).Where(p => p.Links.Count > 0).ToList();
        var byUrl = paired.ToDictionary(p => UrlOf(p.Path), p => p.Links, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (path, links) in paired)
        {
            var self = UrlOf(path);
            if (!links.ContainsValue(self)) problems.Add($"{path} does not list itself");
            if (links.GetValueOrDefault("x-default") != links.GetValueOrDefault("en")) problems.Add($"{path}: x-default is not the English version");
            foreach (var (language, url) in links.Where(l => l.Key != "x-default"))
            {
                if (!byUrl.TryGetValue(url, out var back)) problems.Add($"{path} → {url} ({language}), which lists no alternates");
                else if (!back.OrderBy(b => b.Key).SequenceEqual(links.OrderBy(l => l.Key))) problems.Add($"{path} and {url} list different alternates");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        var kinds = paired.Select(p => Regex.Replace(p.Path, "^ko/", "")).ToHashSet(StringComparer.Ordinal);
        foreach (var page in new[] { "index.html", "articles/private-video-ban/index.html", "sources/index.html", "sources/daily-nk/index.html", "topics/index.html",
            "topics/censorship/index.html", "translators/index.html", "translators/yongmin-lee/index.html", "reporters/index.html", "places/index.html",
            "places/pyongyang/index.html", "archive/index.html", "archive/2021/index.html", "archive/2021/06/index.html", "search/index.html" })
        {
            Assert.Contains(page, kinds);
        }
    }

    [Fact]
    public void The_sitemap_gives_each_page_the_same_alternates_as_its_head()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var sitemap = XDocument.Parse(Site.Value.Text("sitemap.xml"));
        foreach (var url in sitemap.Root!.Elements(ns + "url"))
        {
            var loc = url.Element(ns + "loc")!.Value;
            var file = loc[Base.Length..] + (loc.EndsWith('/') ? "index.html" : "");
            var inSitemap = url.Elements(xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value, StringComparer.Ordinal);
            Assert.Equal(Alternates(Site.Value.Text(file)).OrderBy(p => p.Key), inSitemap.OrderBy(p => p.Key));
        }
    }

    [Fact]
    public void The_language_switcher_of_a_paired_page_leads_to_its_version_and_of_another_to_the_home_page()
    {
        var place = Site.Value.Text("places/pyongyang/index.html");
        var korean = Site.Value.Text("ko/places/pyongyang/index.html");
        var topicOnlyInEnglish = Site.Value.Text("topics/youth/index.html");

        Assert.Contains("<a href=\"/reports/ko/places/pyongyang/\" hreflang=\"ko\" lang=\"ko\">한국어</a>", place);
        Assert.Contains("<a href=\"/reports/places/pyongyang/\" hreflang=\"en\" lang=\"en\">English</a>", korean);
        Assert.Contains("<a href=\"/reports/places/pyongyang/\" hreflang=\"en\" lang=\"en\" aria-current=\"true\">English</a>", place);
        Assert.Contains("<a href=\"/reports/ko/\" hreflang=\"ko\" lang=\"ko\">한국어</a>", topicOnlyInEnglish);
    }

    [Fact]
    public void No_empty_page_is_in_the_sitemap_and_each_says_noindex_instead()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var listed = XDocument.Parse(Site.Value.Text("sitemap.xml")).Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToHashSet(StringComparer.Ordinal);
        var empty = Pages().Where(p => p.Html.Contains("<p class=\"empty\">", StringComparison.Ordinal)).ToList();

        Assert.Contains(empty, p => p.Path == "ko/sources/rfa/index.html");
        Assert.All(empty, p =>
        {
            Assert.DoesNotContain(UrlOf(p.Path), listed);
            Assert.Contains("<meta name=\"robots\" content=\"noindex\">", p.Html);
            Assert.Empty(Alternates(p.Html));
        });
        Assert.DoesNotContain(Base + "search/", listed);
        Assert.DoesNotContain(Base + "ko/search/", listed);
    }
}
