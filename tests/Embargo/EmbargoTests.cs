using System.Text;
using StaticSite.Cli;
using StaticSite.Diagnostics;
using StaticSite.Pipeline;
using StaticSite.Tests.Search;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Embargo;

public sealed class EmbargoTests : IDisposable
{
    private const string TitleMarker = "Quokkazebrafinch";
    private const string BodyMarker = "Wombatlanternfish";
    private const string SlugMarker = "narwhal-ledger";
    private static readonly DateTimeOffset Before = new(2026, 12, 23, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset After = new(2026, 12, 25, 0, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>A site where the embargoed article shares its source, topic, translator, place and neighbours with
    /// published ones, so every list, count and related-links box could carry it.</summary>
    private static Dictionary<string, string> Site()
    {
        var files = TestSite.Basics();
        files["articles/old.md"] = TestSite.Article("Older report", "2021-06-01", "[censorship, technology]",
            extra: "places: [Hyesan]\n");
        files["articles/new.md"] = TestSite.Article("Newer report", "2021-06-20", "[censorship, technology]",
            extra: "places: [Hyesan]\nimage:\n  src: /media/shared.svg\n  alt: A shared picture\n  credit: Daily NK\n");
        files["media/shared.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
        files[$"media/{SlugMarker}.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
        files["articles/held.md"] = TestSite.Article(TitleMarker + " in the headline", "2021-06-10",
            "[censorship, technology]",
            body: $"The body names the {BodyMarker} twice: {BodyMarker}.\n\n![Shared](/media/shared.svg)",
            extra: $"slug: {SlugMarker}\nplaces: [Hyesan]\nauthor: Reporter Kim\nsummary: {TitleMarker} summary.\n" +
                $"image:\n  src: /media/{SlugMarker}.svg\n  alt: A held picture\n  credit: Daily NK\n" +
                "embargo: 2026-12-24T09:00:00+09:00\ncorrections:\n  - date: 2021-06-11\n    text: Fixed a name.\n");
        return files;
    }

    /// <summary>The files whose path or text holds a marker; the search index's gzip files are read
    /// decompressed.</summary>
    private static List<string> FilesContainingMarkers(IEnumerable<(string Path, byte[] Bytes)> files) =>
        files.Select(f => f.Path.EndsWith(".bin", StringComparison.Ordinal) && f.Path.Contains("search/", StringComparison.Ordinal)
                ? (f.Path, Bytes: SearchIndexFiles.Gunzip(f.Bytes)) : f)
            .Where(f => (string[])[TitleMarker, BodyMarker, SlugMarker] is var markers
                && markers.Any(m => f.Path.Contains(m, StringComparison.OrdinalIgnoreCase)
                    || f.Bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(m)) >= 0
                    || f.Bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(m.ToLowerInvariant())) >= 0))
            .Select(f => f.Path).ToList();

    [Fact]
    public void No_output_file_holds_a_word_of_an_article_under_embargo()
    {
        var result = TestSite.Build(Site(), new BuildOptions { Now = Before });

        Assert.False(result.Failed, string.Join('\n', result.Diagnostics));
        Assert.Equal(2, result.ArticleCount);
        Assert.Equal(1, result.Embargoed);
        Assert.Equal(new DateTimeOffset(2026, 12, 24, 9, 0, 0, TimeSpan.FromHours(9)), result.NextLift);
        var leaks = FilesContainingMarkers(result.Output!.Files.Select(f => (f.Path, f.ReadBytes())));
        Assert.True(leaks.Count == 0, "marker words found in: " + string.Join(", ", leaks));
    }

    [Fact]
    public void Drafts_and_future_articles_asked_for_still_leave_an_embargoed_article_out()
    {
        var result = TestSite.Build(Site(), new BuildOptions { Now = Before, Drafts = true, Future = true });

        Assert.Empty(FilesContainingMarkers(result.Output!.Files.Select(f => (f.Path, f.ReadBytes()))));
    }

    [Fact]
    public void After_the_embargo_lifts_the_article_appears_on_every_page_that_lists_it()
    {
        var result = TestSite.Build(Site(), new BuildOptions { Now = After });

        Assert.False(result.Failed, string.Join('\n', result.Diagnostics));
        Assert.Equal(0, result.Embargoed);
        var paths = result.Paths();
        Assert.Contains($"articles/{SlugMarker}/index.html", paths);
        Assert.Contains($"media/{SlugMarker}.svg", paths);
        Assert.Contains("media/shared.svg", paths);
        foreach (var path in (string[])["feed.xml", "sitemap.xml", "sources/daily-nk/feed.xml",
            "topics/technology/feed.xml", "translators/yongmin-lee/index.html", "index.html",
            "articles/old/index.html", "articles/new/index.html"])
        {
            Assert.True(result.Text(path).Contains(TitleMarker, StringComparison.Ordinal)
                || result.Text(path).Contains(SlugMarker, StringComparison.Ordinal), $"{path} does not list it");
        }

        var searchFiles = result.Output!.Files.Where(f => f.Path.StartsWith("search/", StringComparison.Ordinal))
            .Select(f => (f.Path, f.ReadBytes()));
        Assert.NotEmpty(FilesContainingMarkers(searchFiles));
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Warning && d.Message.Contains("has passed"));
    }

    [Fact]
    public void The_photograph_only_an_embargoed_article_shows_is_published_in_no_size_until_the_embargo_lifts()
    {
        var files = TestSite.Basics();
        files["articles/held.md"] = TestSite.Article("Held report", "2021-06-20",
            extra: "embargo: 2026-12-24T09:00:00+09:00\nimage:\n  src: /media/held-photo.jpg\n  alt: A held picture\n");
        files["articles/old.md"] = TestSite.Article("Older report", "2021-06-01");
        var photo = new Dictionary<string, byte[]> { ["media/held-photo.jpg"] = TestPhotos.Jpeg(1000, 800) };

        var before = TestSite.Build(files, photo, new BuildOptions { Now = Before });
        var after = TestSite.Build(files, photo, new BuildOptions { Now = After });

        Assert.DoesNotContain(before.Paths(), p => p.Contains("held-photo", StringComparison.Ordinal));
        Assert.Contains("media/_v/held-photo-jpg-960.webp", after.Paths());
    }

    [Fact]
    public void An_embargo_without_a_time_and_zone_is_an_error_at_its_line()
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("A", extra: "embargo: 2026-12-24\n");

        var result = TestSite.Build(files, new BuildOptions { Now = Before });

        var error = Assert.Single(result.Errors());
        Assert.StartsWith("content/articles/a.md:9:10: error: 'embargo' needs a time and a zone", error);
    }

    [Fact]
    public void Check_still_validates_an_embargoed_article_and_names_its_mistakes()
    {
        var files = Site();
        files["articles/held.md"] = files["articles/held.md"].Replace("[censorship, technology]", "[censorshp]");

        var diagnostics = TestSite.Check(files, new BuildOptions { Now = Before });

        Assert.Contains(diagnostics, d => d.StartsWith("content/articles/held.md:", StringComparison.Ordinal)
            && d.Contains("unknown topic 'censorshp'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_published_article_that_links_to_an_embargoed_one_fails_the_build()
    {
        var files = Site();
        files["articles/new.md"] = TestSite.Article("Newer report", "2021-06-20",
            body: $"See [the other](/articles/{SlugMarker}/).");

        var result = TestSite.Build(files, new BuildOptions { Now = Before });

        Assert.True(result.Failed);
    }

    [Fact]
    public void A_build_into_a_folder_leaks_nothing_into_the_output_or_the_cache_and_publishes_after_the_lift()
    {
        _folder.Write("content", Site());
        var content = Path.Combine(_folder.Path, "content");
        var output = Path.Combine(_folder.Path, "site");
        var options = new BuildOptions { ContentDir = content, TemplatesDir = Repo.PathOf("templates"),
            OutputDir = output, Now = Before };
        var stdout = new StringWriter();

        Assert.Equal(0, BuildCommand.Run(options, false, stdout, new StringWriter()));

        Assert.Contains("1 article under embargo (the next lifts at 2026-12-24T09:00:00+09:00)", stdout.ToString());
        var cache = Path.Combine(_folder.Path, ".site.cache");
        var published = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(cache).Where(f => !f.EndsWith("articles.bin", StringComparison.Ordinal)))
            .Select(f => (f, File.ReadAllBytes(f)));
        Assert.Empty(FilesContainingMarkers(published));

        var again = new StringWriter();
        Assert.Equal(0, BuildCommand.Run(options with { Now = After }, false, again, new StringWriter()));
        Assert.DoesNotContain("nothing changed", again.ToString());
        Assert.True(File.Exists(Path.Combine(output, "articles", SlugMarker, "index.html")));
    }
}
