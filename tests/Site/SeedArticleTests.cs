using AngleSharp.Html.Parser;
using StaticSite.Content.Files;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Site;

public class SeedArticleTests
{
    private static readonly Lazy<string> Page = new(() =>
    {
        var result = new BuildPipeline().Build(
            new DiskFileTree(Repo.PathOf("content"), "content"), new DiskFileTree(Repo.PathOf("templates"), "templates"),
            new BuildOptions { Now = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero) });
        return result.Text("articles/private-video-ban/index.html");
    });

    private static AngleSharp.Html.Dom.IHtmlDocument Document() => new HtmlParser().ParseDocument(Page.Value);

    [Fact]
    public void The_seed_article_shows_its_title_reporter_and_translator()
    {
        var document = Document();

        Assert.Equal("North Korea bans sharing of private video content", document.QuerySelector("h1.article-title")!.TextContent);
        Assert.Equal("By Kim Yoo Jin", document.QuerySelector(".byline .authors")!.TextContent);
        var translators = document.QuerySelector(".byline .translators")!;
        Assert.Equal("Translated by Yongmin Lee", translators.TextContent);
        Assert.Equal("/reports/translators/yongmin-lee/", translators.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void The_seed_article_shows_where_it_comes_from()
    {
        var provenance = Document().QuerySelector(".provenance")!;
        var source = provenance.QuerySelector("dd a")!;

        Assert.Equal("Daily NK", source.TextContent);
        Assert.Equal("/reports/sources/daily-nk/", source.GetAttribute("href"));
        Assert.Contains(provenance.QuerySelectorAll("dd"), dd => dd.TextContent == "Korean");
        Assert.Null(provenance.QuerySelector("a[rel=external]"));
    }

    [Fact]
    public void The_seed_article_notes_the_photograph_the_original_carried_with_its_places_and_topics()
    {
        var document = Document();

        Assert.Equal("The original report carried a photograph: Popular media players for watching foreign content in North Korea (left, notel; right, mp4 player). Image: Daily NK",
            document.QuerySelector("p.image-note")!.TextContent);
        Assert.Null(document.QuerySelector("figure"));
        Assert.Equal("Image: Daily NK", document.QuerySelector(".image-note .credit")!.TextContent);
        Assert.Equal("Places South Pyongan Province, Pyongyang", document.QuerySelector(".places")!.TextContent);
        Assert.Equal(["Censorship", "Technology", "Youth and culture"], document.QuerySelectorAll(".topics a").Select(a => a.TextContent));
        Assert.Equal("/reports/topics/youth-and-culture/", document.QuerySelectorAll(".topics a").Last().GetAttribute("href"));
    }

    [Fact]
    public void Every_paragraph_of_the_seed_text_is_on_the_page()
    {
        var markdown = File.ReadAllText(Repo.PathOf("content", "articles", "2026", "private-video-ban.md"));
        var body = markdown[(markdown.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];
        var expected = body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Replace("\\[", "[", StringComparison.Ordinal).Replace("\\]", "]", StringComparison.Ordinal).Trim('*'))
            .ToList();

        var paragraphs = Document().QuerySelectorAll(".article-body p").Select(p => p.TextContent.Replace('’', '\'')).ToList();

        Assert.Equal(13, expected.Count);
        Assert.Equal(expected.Select(p => p.Replace('’', '\'')), paragraphs);
    }

    [Theory]
    [InlineData("“In a state-owned enterprise last week, the Party’s Primary Committee Secretary delivered a lecture talking about how those who make and distribute videos among themselves will be strictly punished,” a source in South Pyongan Province told Daily NK.")]
    [InlineData("has been accused of “carrying out a serious crime that erodes our moral culture with the rotten culture of capitalism,” a source in Pyongyang reported.")]
    [InlineData("knows a lot about it [the power of IT]. Even if North Korea’s information technology develops, they will completely ban any elements that are a threat to the regime.”")]
    [InlineData("spreads capitalistic “party culture” and corrupts")]
    public void Quotations_appear_verbatim_with_their_curly_quotes(string quotation)
    {
        Assert.Contains(quotation, Document().QuerySelector(".article-body")!.TextContent);
    }

    [Fact]
    public void The_repository_content_builds_without_errors_or_warnings()
    {
        var result = new BuildPipeline().Build(
            new DiskFileTree(Repo.PathOf("content"), "content"), new DiskFileTree(Repo.PathOf("templates"), "templates"),
            new BuildOptions { Now = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero) }, cancellation: TestContext.Current.CancellationToken);

        Assert.DoesNotContain(result.Diagnostics, d => !d.Message.StartsWith("no 'source.url'", StringComparison.Ordinal));
    }

    [Fact]
    public void The_seed_article_given_an_archived_copy_shows_it_beside_read_the_original_as_a_robust_link()
    {
        var files = Directory.EnumerateFiles(Repo.PathOf("content"), "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Repo.PathOf("content"), f).Replace('\\', '/'), File.ReadAllText);
        const string Original = "https://www.dailynk.com/english/north-korea-bans-sharing-private-video-content/";
        const string Snapshot = "https://web.archive.org/web/20210610093000/" + Original;
        files["articles/2026/private-video-ban.md"] = files["articles/2026/private-video-ban.md"].Replace("  language: ko\n",
            $"  language: ko\n  url: {Original}\n  archived:\n    url: {Snapshot}\n    date: 2021-06-10\n", StringComparison.Ordinal);

        var result = TestSite.Build(files, new BuildOptions { Now = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero) });

        var paragraph = new HtmlParser().ParseDocument(result.Text("articles/private-video-ban/index.html")).QuerySelector(".provenance .original-link")!;
        var links = paragraph.QuerySelectorAll("a");
        Assert.Equal("Read the original", links[0].TextContent);
        Assert.Equal(Original, links[0].GetAttribute("href"));
        Assert.Equal(Original, links[0].GetAttribute("data-originalurl"));
        Assert.Equal(Snapshot, links[0].GetAttribute("data-versionurl"));
        Assert.Equal("2021-06-10", links[0].GetAttribute("data-versiondate"));
        Assert.Equal("Archived copy", links[1].TextContent);
        Assert.Equal(Snapshot, links[1].GetAttribute("href"));
        Assert.Contains("(10 June 2021)", paragraph.TextContent);
    }
}
