using System.Diagnostics;
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

    /// <summary>Runs the page's own search.js under node against the built index; when node is not installed the test is skipped with the reason (or fails under <c>STATICSITE_REQUIRE_BROWSER=1</c>).</summary>
    private static List<string> RunScript(BuildResult result, string folder, string query, string? filters = null, bool excerpt = false)
    {
        using var temp = new TempFolder();
        foreach (var file in result.Output!.Files.Where(f => f.Path.StartsWith(folder, StringComparison.Ordinal) && f.Path.EndsWith(".bin", StringComparison.Ordinal)))
        {
            var path = Path.Combine(temp.Path, file.Path[folder.Length..]);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.ReadBytes());
        }

        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        start.ArgumentList.Add(Repo.PathOf("tests", "Search", "search-test.mjs"));
        start.ArgumentList.Add(temp.Path);
        start.ArgumentList.Add(query);
        if (filters is not null) start.ArgumentList.Add(filters);
        if (excerpt) start.ArgumentList.Add("--excerpt");
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

    private static List<string> Urls(IEnumerable<string> lines) => lines.Select(l => l.Split('\t')[0]).ToList();

    [Fact]
    public void The_seed_index_files_wedding_and_video_under_the_seed_article()
    {
        var result = Seed();
        var doc = SearchIndexFiles.DocumentOf(result, "search/", "private-video-ban");

        Assert.Equal([doc], SearchIndexFiles.Documents(result, "search/", "wed"));
        Assert.Equal([doc], SearchIndexFiles.Documents(result, "search/", "video"));
        Assert.Empty(SearchIndexFiles.Documents(result, "search/", "the"));
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

        Assert.Equal([SearchIndexFiles.DocumentOf(result, "search/", "korean")], SearchIndexFiles.Documents(result, "search/", "결혼"));
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

        Assert.Equal(["/reports/articles/title/", "/reports/articles/body/"], Urls(lines));
    }

    [Fact]
    public void A_word_used_once_deep_in_a_long_body_is_found()
    {
        var files = TestSite.Basics();
        var filler = string.Join(' ', Enumerable.Range(0, 4000).Select(i => $"filler{i % 700} word{i % 300}"));
        files["articles/long.md"] = TestSite.Article("A long report", body: filler + " zeppelinword " + filler);
        files["articles/short.md"] = TestSite.Article("A short report", body: "Nothing here.");

        Assert.Equal(["/reports/articles/long/"], Urls(RunScript(TestSite.Build(files), "search/", "zeppelinword")));
    }

    [Fact]
    public void Stems_find_other_forms_and_the_exact_form_ranks_first()
    {
        var files = TestSite.Basics();
        files["articles/protesters.md"] = TestSite.Article("Market news", date: "2021-06-10", body: "The protesters gathered.");
        files["articles/protests.md"] = TestSite.Article("Border news", date: "2021-06-09", body: "Protests spread.");
        files["articles/protest.md"] = TestSite.Article("Factory news", date: "2021-06-01", body: "A protest began.");
        files["articles/other.md"] = TestSite.Article("Weather news", body: "Rain fell.");
        var result = TestSite.Build(files);

        var lines = Urls(RunScript(result, "search/", "protest"));
        Assert.Equal("/reports/articles/protest/", lines[0]);
        Assert.Equal(3, lines.Count);
        Assert.Equal("/reports/articles/protests/", Urls(RunScript(result, "search/", "protests"))[0]);
    }

    [Fact]
    public void Every_word_of_a_query_is_required_and_a_quoted_phrase_ranks_its_articles_first()
    {
        var files = TestSite.Basics();
        files["articles/phrase.md"] = TestSite.Article("One", date: "2021-06-01", body: "Rice prices rose in the market.");
        files["articles/apart.md"] = TestSite.Article("Two", date: "2021-06-10", body: "Prices of fuel rose; rice was scarce.");
        files["articles/rice.md"] = TestSite.Article("Three", body: "Rice was scarce.");
        var result = TestSite.Build(files);

        Assert.Equal(["/reports/articles/apart/", "/reports/articles/phrase/"], Urls(RunScript(result, "search/", "rice prices")).Order().ToList());
        var quoted = RunScript(result, "search/", "\"rice prices\"");
        Assert.Equal("/reports/articles/phrase/\tOne", quoted[0]);
        Assert.Equal("/reports/articles/apart/\tTwo\tpartial", quoted[1]);
    }

    [Fact]
    public void A_contiguous_Korean_compound_ranks_above_scattered_bigrams_and_partial_matches_come_last()
    {
        var files = TestSite.Basics();
        files["articles/scattered.md"] = TestSite.Article("Scattered", date: "2021-06-10", body: "결혼 소식과 혼식 이야기");
        files["articles/compound.md"] = TestSite.Article("Compound", date: "2021-06-01", body: "평양 결혼식이 열렸다");
        files["articles/partial.md"] = TestSite.Article("Partial", date: "2021-06-11", body: "결혼 소식");
        var lines = RunScript(TestSite.Build(files), "search/", "결혼식");

        Assert.Equal(["/reports/articles/compound/\tCompound", "/reports/articles/scattered/\tScattered", "/reports/articles/partial/\tPartial\tpartial"], lines);
    }

    [Fact]
    public void A_Korean_word_with_a_particle_finds_the_word_with_any_particle_and_the_asked_form_first()
    {
        var files = TestSite.Basics();
        files["articles/bare.md"] = TestSite.Article("Bare", date: "2021-06-10", body: "미국 정부가 발표했다");
        files["articles/other.md"] = TestSite.Article("Other particle", date: "2021-06-11", body: "미국은 반대했다");
        files["articles/asked.md"] = TestSite.Article("Asked", date: "2021-06-01", body: "미국의 제재가 계속됐다");
        var result = TestSite.Build(files);

        var lines = Urls(RunScript(result, "search/", "미국의"));
        Assert.Equal("/reports/articles/asked/", lines[0]);
        Assert.Equal(3, lines.Count);
        Assert.Equal(3, RunScript(result, "search/", "미국").Count(l => !l.EndsWith("partial", StringComparison.Ordinal)));
    }

    [Fact]
    public void Facets_narrow_the_results_and_the_excerpt_marks_the_words()
    {
        var files = TestSite.Basics();
        files["articles/censored.md"] = TestSite.Article("Censored", "2021-06-01", "[censorship]", body: "Guards seized radios at the border.");
        files["articles/tech.md"] = TestSite.Article("Tech", "2020-06-01", "[technology]", body: "Radios were sold.");
        var result = TestSite.Build(files);

        Assert.Equal(["/reports/articles/tech/"], Urls(RunScript(result, "search/", "radios", "{\"topic\":\"technology\"}")));
        Assert.Equal(["/reports/articles/censored/"], Urls(RunScript(result, "search/", "radios", "{\"year\":\"2021\"}")));
        var line = RunScript(result, "search/", "radio", "{\"topic\":\"censorship\"}", excerpt: true).Single();
        Assert.EndsWith("\tGuards seized [radios] at the border.", line);
    }

    [Fact]
    public void A_word_near_the_end_of_a_long_article_is_found_with_its_excerpt_from_the_chunk_it_is_in()
    {
        var words = string.Join(" ", Enumerable.Range(0, 3000).Select(i => $"w{i}"));
        var files = TestSite.Basics();
        files["articles/long.md"] = TestSite.Article("Long", body: $"{words}\n\nLate in the report a zeppelin flew over Hyesan.");
        files["articles/short.md"] = TestSite.Article("Short", date: "2020-01-01", body: "Nothing of note.");
        var result = TestSite.Build(files);

        var doc = SearchIndexFiles.DocumentOf(result, "search/", "long");
        var posting = SearchIndexFiles.Entries(result, "search/").Single(e => e.Key == "zeppelin").Postings.Single();
        var fragment = SearchIndexFiles.Fragment(result, "search/", doc);
        Assert.Equal(SearchFragment.MaxChunks, fragment.GetProperty("n").GetInt32());
        Assert.Equal(SearchFragment.MaxChunks - 1, posting.Chunk);
        Assert.DoesNotContain("zeppelin", fragment.GetProperty("x").GetString(), StringComparison.Ordinal);
        var line = RunScript(result, "search/", "zeppelin", excerpt: true).Single();
        Assert.EndsWith("\t…Late in the report a [zeppelin] flew over Hyesan.", line);
        Assert.DoesNotContain("partial", RunScript(result, "search/", "\"zeppelin flew\"").Single(), StringComparison.Ordinal);
        Assert.Contains("partial", RunScript(result, "search/", "\"flew zeppelin\"").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Places_captions_credits_and_the_original_title_are_searchable()
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("Video ban", extra: "places: [Hyesan]\nimage:\n  src: /media/x.jpg\n  alt: A photo\n  caption: Smugglers crossing\n  credit: Kangaroo Agency\n");
        var photo = new Dictionary<string, byte[]> { ["media/x.jpg"] = TestPhotos.Jpeg(1000, 800) };
        var result = TestSite.Build(files, photo);

        Assert.False(result.Failed, string.Join('\n', result.Diagnostics));
        foreach (var query in new[] { "hyesan", "smugglers", "kangaroo" }) Assert.Equal(["/reports/articles/a/"], Urls(RunScript(result, "search/", query)));
    }

    [Fact]
    public void Korean_and_Chinese_text_is_split_into_bigrams_and_English_into_words_without_stop_words()
    {
        Assert.Equal(["결혼", "혼식", "결혼식", "영상"], SearchTokenizer.Tokenize("결혼식 영상"));
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

        Assert.Equal("/reports/ko/articles/ko/", SearchIndexFiles.Fragment(result, "ko/search/", 0).GetProperty("u").GetString());
        Assert.Equal([0], SearchIndexFiles.Documents(result, "ko/search/", "공유"));
        Assert.Empty(SearchIndexFiles.Documents(result, "search/", "공유"));
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

        var doc = SearchIndexFiles.DocumentOf(first, "search/", "tag");
        var fragment = System.Text.Encoding.UTF8.GetString(SearchIndexFiles.Gunzip(first.Output!.Get($"search/f/{doc}.bin")!.ReadBytes()));
        Assert.DoesNotContain("<", fragment);
        Assert.DoesNotContain("&", fragment);
        Assert.Equal("Bold <b>claims</b> & more", SearchIndexFiles.Fragment(first, "search/", doc).GetProperty("t").GetString());
        foreach (var path in first.Paths().Where(p => p.StartsWith("search/", StringComparison.Ordinal)))
        {
            Assert.Equal(first.Output!.Get(path)!.ReadBytes(), second.Output!.Get(path)!.ReadBytes());
        }
    }

    private static Dictionary<string, string> WithArticle()
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("Video ban");
        return files;
    }
}
