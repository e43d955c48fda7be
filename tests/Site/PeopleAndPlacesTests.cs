using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Site;

public class PeopleAndPlacesTests
{
    private static readonly BuildOptions Options = new() { Now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) };

    private const string Places = """
        hyesan:
          name: Hyesan
          names: {ko: 혜산}
          parent: ryanggang-province
          coordinates: [41.40, 128.18]
        ryanggang-province:
          name: Ryanggang Province
          description: A province on the border with China.

        """;

    private const string People = """
        example-reporter:
          name: Example Reporter
          names: {ko: 예시 기자}
          bio: An example person.
          same_as: https://example.org/people/example-reporter

        """;

    private static Dictionary<string, string> Files()
    {
        var files = TestSite.Basics();
        files["places.yml"] = Places;
        files["people.yml"] = People;
        files["articles/market.md"] = TestSite.Article("Market report", date: "2021-03-01", extra: "author: Example Reporter\nplaces: [Hyesan]\n");
        files["articles/border.md"] = TestSite.Article("Border report", date: "2021-03-02", extra: "author: [Kim Yoo Jin, Example Reporter]\nplaces: [Ryanggang Province, Hyesan]\n");
        files["articles/city.md"] = TestSite.Article("City report", date: "2021-03-03", extra: "places: [Sinuiju]\n");
        return files;
    }

    private static IEnumerable<string> Titles(string page) =>
        System.Text.RegularExpressions.Regex.Matches(page, "<h2 class=\"card-title\"><a href=\"[^\"]*\">([^<]*)</a>").Select(m => m.Groups[1].Value);

    [Fact]
    public void Each_reporter_has_a_page_of_their_reports_linked_from_the_byline()
    {
        var result = TestSite.Build(Files(), Options);

        Assert.Empty(result.Errors());
        Assert.Equal(["Border report", "Market report"], Titles(result.Text("reporters/example-reporter/index.html")));
        Assert.Equal(["Border report"], Titles(result.Text("reporters/kim-yoo-jin/index.html")));
        Assert.Contains("<a href=\"/reports/reporters/kim-yoo-jin/\">Kim Yoo Jin</a> and <a href=\"/reports/reporters/example-reporter/\">Example Reporter</a>", result.Text("articles/border/index.html"));
        Assert.Contains("<a href=\"/reports/reporters/example-reporter/\">Example Reporter</a> <span class=\"count\">2 reports</span>", result.Text("reporters/index.html"));
    }

    [Fact]
    public void A_reporter_in_people_yml_shows_their_bio_and_link_elsewhere()
    {
        var result = TestSite.Build(Files(), Options);

        var page = result.Text("reporters/example-reporter/index.html");
        Assert.Contains("<p class=\"intro\">An example person.</p>", page);
        Assert.Contains("<a href=\"https://example.org/people/example-reporter\" rel=\"external\">Elsewhere</a>", page);
        Assert.Contains("\"author\":[{\"@type\":\"Person\",\"name\":\"Example Reporter\",\"url\":\"https://example.org/reports/reporters/example-reporter/\",\"sameAs\":\"https://example.org/people/example-reporter\"}]", result.Text("articles/market/index.html"));
    }

    [Fact]
    public void A_region_lists_its_own_and_its_sub_places_reports_each_once()
    {
        var result = TestSite.Build(Files(), Options);

        Assert.Equal(["Border report", "Market report"], Titles(result.Text("places/ryanggang-province/index.html")));
        Assert.Equal(["Border report", "Market report"], Titles(result.Text("places/hyesan/index.html")));
        Assert.Contains("<li><a href=\"/reports/places/hyesan/\">Hyesan</a> <span class=\"count\">2</span></li>", result.Text("places/ryanggang-province/index.html"));
        Assert.Contains("in <a href=\"/reports/places/ryanggang-province/\">Ryanggang Province</a>", result.Text("places/hyesan/index.html"));
    }

    [Fact]
    public void A_place_not_in_places_yml_gets_a_plain_page()
    {
        var result = TestSite.Build(Files(), Options);

        Assert.Equal(["City report"], Titles(result.Text("places/sinuiju/index.html")));
        Assert.Contains("<a href=\"/reports/places/sinuiju/\">Sinuiju</a>", result.Text("articles/city/index.html"));
    }

    [Fact]
    public void A_registered_place_gives_its_coordinates_to_the_articles_structured_data()
    {
        var page = TestSite.Build(Files(), Options).Text("articles/market/index.html");

        Assert.Contains("\"contentLocation\":[{\"@type\":\"Place\",\"name\":\"Hyesan\",\"url\":\"https://example.org/reports/places/hyesan/\",\"geo\":{\"@type\":\"GeoCoordinates\",\"latitude\":41.4,\"longitude\":128.18}}]", page);
    }

    [Fact]
    public void Check_suggests_the_registered_place_a_name_differs_from_only_in_spelling_or_case()
    {
        var files = Files();
        files["places.yml"] += "capital:\n  name: Pyongyang\n";
        files["articles/typo.md"] = TestSite.Article("Typo report", extra: "places: [Hyesann, PYONGYANG, Chongjin, hyesan]\n");

        var diagnostics = TestSite.Check(files, Options);

        Assert.Contains("content/articles/typo.md:9:10: warning: place 'Hyesann' is not in places.yml (did you mean 'Hyesan'?); an unlisted place gets a page of its own", diagnostics);
        Assert.Contains("content/articles/typo.md:9:19: warning: place 'PYONGYANG' is not in places.yml (did you mean 'Pyongyang'?); an unlisted place gets a page of its own", diagnostics);
        Assert.DoesNotContain(diagnostics, d => d.Contains("'Chongjin'", StringComparison.Ordinal) || d.Contains("'hyesan'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_written_as_its_keys_slug_is_that_place()
    {
        var files = Files();
        files["articles/lower.md"] = TestSite.Article("Lower case", date: "2021-03-04", extra: "places: [hyesan]\n");

        var result = TestSite.Build(files, Options);

        Assert.Contains("<a href=\"/reports/places/hyesan/\">Hyesan</a>", result.Text("articles/lower/index.html"));
        Assert.Contains("Lower case", result.Text("places/hyesan/index.html"));
    }

    [Fact]
    public void A_name_written_in_another_language_reaches_the_same_place_and_reporter()
    {
        var files = Files();
        files["site.yml"] = files["site.yml"].Replace("language: en\n", "language: en\nlanguages: [en, ko]\n", StringComparison.Ordinal);
        files["articles/ko.md"] = TestSite.Article("혜산 시장", extra: "language: ko\nauthor: 예시 기자\nplaces: [혜산]\n");

        var result = TestSite.Build(files, Options);

        Assert.Empty(result.Errors());
        Assert.Contains("<h1 class=\"page-title\">혜산</h1>", result.Text("ko/places/hyesan/index.html"));
        Assert.Contains("<h1 class=\"page-title\">예시 기자</h1>", result.Text("ko/reporters/example-reporter/index.html"));
        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/reports/places/hyesan/\">", result.Text("ko/places/hyesan/index.html"));
    }

    [Theory]
    [InlineData("hyesan:\n  name: Hyesan\n  parent: ryanggang\n", "content/places.yml:3:11: error: unknown parent place 'ryanggang'")]
    [InlineData("a:\n  name: A\n  parent: b\nb:\n  name: B\n  parent: a\n", "content/places.yml:3:11: error: place 'a' lies inside itself through its parents (a → b → a)")]
    [InlineData("a:\n  name: A\n  coordinates: [91, 0]\n", "content/places.yml:3:3: error: 'coordinates' must be [latitude, longitude] in degrees")]
    [InlineData("a:\n  names: {ko: 가}\n", "content/places.yml:1:1: error: place 'a' needs a 'name'")]
    public void Mistakes_in_places_yml_are_reported_at_their_line(string places, string expected)
    {
        var files = TestSite.Basics();
        files["places.yml"] = places;
        files["articles/a.md"] = TestSite.Article("A");

        var errors = TestSite.Build(files, Options).Errors();

        Assert.Contains(errors, e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_same_as_that_is_not_a_web_address_is_an_error_at_its_line()
    {
        var files = TestSite.Basics();
        files["people.yml"] = "someone:\n  name: Someone\n  same_as: javascript:alert(1)\n";
        files["articles/a.md"] = TestSite.Article("A");

        Assert.Contains("content/people.yml:3:12: error: 'same_as' must be an absolute http(s) address, not 'javascript:alert(1)'", TestSite.Build(files, Options).Errors());
    }
}
