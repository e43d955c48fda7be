using System.Diagnostics;
using System.Text.Json;
using AngleSharp.Html.Parser;
using StaticSite.Content;
using StaticSite.Content.Files;
using StaticSite.Pipeline;
using StaticSite.Search;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Search;

public class SearchIndexTests
{
    private const string KoreanOriginal = "---\ntitle: Student punished for sharing a video\ndate: 2021-06-09\ntranslators: [Yongmin Lee]\nsource:\n  publication: daily-nk\n  url: https://www.dailynk.com/korean/1\n  title: \"평양 대학생 결혼식 영상 유포로 처벌\"\ntopics: [censorship]\n---\nA university student was punished.\n";

    private static BuildResult Seed() => new BuildPipeline().Build(
        new DiskFileTree(Repo.PathOf("content"), "content"), new DiskFileTree(Repo.PathOf("templates"), "templates"),
        new BuildOptions { Now = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero) });

    private static JsonElement Json(BuildResult result, string path) => JsonDocument.Parse(result.Text(path)).RootElement;

    private static List<int> Documents(BuildResult result, string folder, string term)
    {
        var meta = Json(result, folder + "meta.json");
        var shard = Json(result, $"{folder}terms-{SearchTokenizer.Shard(term, meta.GetProperty("shards").GetInt32())}.json");
        var docs = new List<int>();
        if (!shard.TryGetProperty(term, out var postings)) return docs;
        var values = postings.EnumerateArray().Select(v => v.GetInt32()).ToList();
        var doc = 0;
        for (var i = 0; i < values.Count; i += 2) docs.Add(doc += values[i]);
        return docs;
    }

    /// <summary>Runs the page's own search.js under node against the built index; when node is not installed the test is skipped with the reason (or fails under <c>STATICSITE_REQUIRE_BROWSER=1</c>).</summary>
    private static List<string> RunScript(BuildResult result, string folder, string query)
    {
        using var temp = new TempFolder();
        foreach (var file in result.Output!.Files.Where(f => f.Path.StartsWith(folder, StringComparison.Ordinal) && f.Path.EndsWith(".json", StringComparison.Ordinal)))
        {
            File.WriteAllBytes(Path.Combine(temp.Path, file.Path[folder.Length..]), file.ReadBytes());
        }

        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        start.ArgumentList.Add(Repo.PathOf("tests", "Search", "search-test.mjs"));
        start.ArgumentList.Add(temp.Path);
        start.ArgumentList.Add(query);
        Process? process = null;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            MissingTool.Skip("node is missing, so the page's search.js was not run: install it with: apt-get install -y nodejs");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, error);
            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        }
    }

    [Fact]
    public void The_seed_index_maps_wedding_and_video_to_the_seed_article()
    {
        var result = Seed();

        Assert.Equal("private-video-ban", Json(result, "search/docs-0.json")[0][0].GetString());
        Assert.Equal([0], Documents(result, "search/", "wedding"));
        Assert.Equal([0], Documents(result, "search/", "video"));
        Assert.Empty(Documents(result, "search/", "the"));
    }

    [Fact]
    public void Searching_wedding_video_with_the_page_script_finds_the_seed_article()
    {
        var lines = RunScript(Seed(), "search/", "wedding video");

        Assert.Equal(["/reports/articles/private-video-ban/\tNorth Korea bans sharing of private video content"], lines);
    }

    [Fact]
    public void A_two_character_Korean_query_finds_an_article_by_its_original_title()
    {
        var files = TestSite.Basics();
        files["articles/korean.md"] = KoreanOriginal;
        files["articles/other.md"] = TestSite.Article("Fuel prices rise", body: "Prices of fuel went up.");
        var result = TestSite.Build(files);

        Assert.Equal([Json(result, "search/docs-0.json").EnumerateArray().ToList().FindIndex(d => d[0].GetString() == "korean")], Documents(result, "search/", "결혼"));
        var lines = RunScript(result, "search/", "결혼");
        Assert.Equal(["/reports/articles/korean/\tStudent punished for sharing a video"], lines);
    }

    [Fact]
    public void The_script_ranks_a_title_match_above_a_body_match()
    {
        var files = TestSite.Basics();
        files["articles/body.md"] = TestSite.Article("Markets reopen", date: "2021-06-10", body: "Smuggled phones were on sale.");
        files["articles/title.md"] = TestSite.Article("Phones seized at the border", date: "2021-06-01", body: "Guards took them.");
        var lines = RunScript(TestSite.Build(files), "search/", "phones");

        Assert.Equal(["/reports/articles/title/", "/reports/articles/body/"], lines.Select(l => l.Split('\t')[0]));
    }

    [Fact]
    public void Korean_and_Chinese_text_is_split_into_bigrams_and_English_into_words_without_stop_words()
    {
        Assert.Equal(["결혼", "혼식", "영상"], SearchTokenizer.Tokenize("결혼식 영상"));
        Assert.Equal(["wedding", "video", "mp4"], SearchTokenizer.Tokenize("The Wedding-video of an MP4"));
        Assert.Equal(["平壤", "市"], SearchTokenizer.Tokenize("平壤 市"));
    }

    [Fact]
    public void Each_language_gets_its_own_index_beside_its_search_page()
    {
        var files = TestSite.Basics();
        files["site.yml"] = "title: Test Reports\ndescription: Reports.\nbase_url: https://example.org/reports/\nlanguage: en\nlanguages: [en, ko]\npage_size: 2\n";
        files["articles/en.md"] = TestSite.Article("Video ban", extra: "translation_key: ban\n");
        files["articles/ko.md"] = TestSite.Article("영상 공유 금지", extra: "language: ko\ntranslation_key: ban\n");
        var result = TestSite.Build(files);

        Assert.Equal("/reports/ko/articles/", Json(result, "ko/search/meta.json").GetProperty("articles").GetString());
        Assert.Equal("ko", Json(result, "ko/search/docs-0.json")[0][0].GetString());
        Assert.Equal([0], Documents(result, "ko/search/", "공유"));
        Assert.Empty(Documents(result, "search/", "공유"));
        Assert.Contains("action=\"/reports/ko/search/\"", result.Text("ko/search/index.html"));
    }

    [Fact]
    public void The_search_page_is_a_linkable_GET_form_with_a_noscript_note_and_no_inline_script()
    {
        var html = TestSite.Build(WithArticle()).Text("search/index.html");
        var document = new HtmlParser().ParseDocument(html);

        var form = document.QuerySelector("form[role=search]")!;
        Assert.Equal("/reports/search/", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("input[name=q]"));
        Assert.Contains("needs JavaScript", document.QuerySelector("noscript")!.InnerHtml);
        var script = Assert.Single(document.QuerySelectorAll("script"));
        Assert.Matches("^/reports/assets/search\\.[0-9a-f]{8}\\.js$", script.GetAttribute("src"));
        Assert.StartsWith("sha384-", script.GetAttribute("integrity"));
        Assert.True(script.HasAttribute("defer"));
        Assert.Equal("", script.TextContent);
        Assert.Equal("/reports/search/", document.QuerySelector("nav a[href$='/search/']")!.GetAttribute("href"));
    }

    [Fact]
    public void Markup_in_titles_is_escaped_in_the_index_and_the_index_is_the_same_every_build()
    {
        var files = WithArticle();
        files["articles/tag.md"] = TestSite.Article("Bold <b>claims</b> & more");
        var first = TestSite.Build(files);
        var second = TestSite.Build(files);

        var docs = first.Text("search/docs-0.json");
        Assert.DoesNotContain("<", docs);
        Assert.DoesNotContain("&", docs);
        Assert.Contains("Bold <b>claims</b> & more", Json(first, "search/docs-0.json").EnumerateArray().Select(d => d[1].GetString()));
        foreach (var path in first.Paths().Where(p => p.StartsWith("search/", StringComparison.Ordinal)))
        {
            Assert.Equal(first.Text(path), second.Text(path));
        }
    }

    private static Dictionary<string, string> WithArticle()
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("Video ban");
        return files;
    }
}
