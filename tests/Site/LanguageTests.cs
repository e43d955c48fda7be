using StaticSite.Content;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Site;

public class LanguageTests
{
    private static Dictionary<string, string> TwoLanguages()
    {
        var files = TestSite.Basics();
        files["site.yml"] = "title: Test Reports\ndescription: Reports.\nbase_url: https://example.org/reports/\nlanguage: en\nlanguages: [en, ko]\npage_size: 2\n";
        return files;
    }

    [Fact]
    public void Articles_in_another_language_live_under_its_folder_with_their_own_lists_and_lang_attribute()
    {
        var files = TwoLanguages();
        files["articles/en.md"] = TestSite.Article("Video ban", extra: "translation_key: ban\n");
        files["articles/ko.md"] = TestSite.Article("영상 공유 금지", extra: "language: ko\ntranslation_key: ban\n");

        var result = TestSite.Build(files);

        Assert.Empty(result.Errors());
        var korean = result.Text("ko/articles/ko/index.html");
        Assert.Contains("<html lang=\"ko\">", korean);
        Assert.Contains("2021년 6월 9일", korean);
        Assert.Contains("href=\"/reports/ko/articles/ko/\"", result.Text("ko/index.html"));
        Assert.Contains("최신 기사", result.Text("ko/index.html"));
        Assert.NotNull(result.Output!.Get("ko/feed.xml"));
        Assert.NotNull(result.Output.Get("ko/topics/censorship/index.html"));
        Assert.DoesNotContain("영상 공유 금지", result.Text("index.html"));
    }

    [Fact]
    public void The_original_language_is_named_in_the_language_of_the_page()
    {
        var files = TwoLanguages();
        files["articles/en.md"] = TestSite.Article("Video ban", extra: "translation_key: ban\n");
        files["articles/ko.md"] = TestSite.Article("영상 공유 금지", extra: "language: ko\ntranslation_key: ban\n");

        var result = TestSite.Build(files);

        Assert.Contains("<dd>Korean</dd>", result.Text("articles/en/index.html"));
        Assert.Contains("<dd>한국어</dd>", result.Text("ko/articles/ko/index.html"));
    }

    [Fact]
    public void Versions_sharing_a_translation_key_link_each_other_both_ways_and_in_the_sitemap()
    {
        var files = TwoLanguages();
        files["articles/en.md"] = TestSite.Article("Video ban", extra: "translation_key: ban\n");
        files["articles/ko.md"] = TestSite.Article("영상 공유 금지", extra: "language: ko\ntranslation_key: ban\n");

        var result = TestSite.Build(files);

        var english = result.Text("articles/en/index.html");
        var korean = result.Text("ko/articles/ko/index.html");
        Assert.Contains("<link rel=\"alternate\" hreflang=\"ko\" href=\"https://example.org/reports/ko/articles/ko/\">", english);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/reports/articles/en/\">", korean);
        Assert.Contains("href=\"/reports/ko/articles/ko/\" hreflang=\"ko\"", english);
        Assert.Contains("href=\"/reports/articles/en/\" hreflang=\"en\"", korean);
        Assert.Contains("hreflang=\"ko\" href=\"https://example.org/reports/ko/articles/ko/\"", result.Text("sitemap.xml"));
    }

    [Fact]
    public void Two_versions_of_one_report_in_the_same_language_are_an_error_naming_both_files()
    {
        var files = TwoLanguages();
        files["articles/a.md"] = TestSite.Article("A", extra: "translation_key: ban\n");
        files["articles/b.md"] = TestSite.Article("B", extra: "translation_key: ban\n");

        var errors = TestSite.Build(files).Errors();

        Assert.Contains(errors, e => e.StartsWith("content/articles/b.md:9:18: error: translation_key 'ban' already has a version in 'en': content/articles/a.md", StringComparison.Ordinal));
    }

    [Fact]
    public void An_article_in_a_language_the_site_does_not_list_is_an_error_at_its_language_field()
    {
        var files = TwoLanguages();
        files["articles/a.md"] = TestSite.Article("A", extra: "language: ja\n");

        var errors = TestSite.Build(files).Errors();

        Assert.Contains(errors, e => e.StartsWith("content/articles/a.md:9:11: error: language 'ja' is not one of the site's languages", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_link_by_slug_reaches_an_article_that_lives_in_another_language_folder()
    {
        var files = TwoLanguages();
        files["articles/en.md"] = TestSite.Article("Video ban", body: "See [the Korean report](/articles/ko-only/).");
        files["articles/ko-only.md"] = TestSite.Article("영상", extra: "language: ko\n");

        var result = TestSite.Build(files);

        Assert.Empty(result.Errors());
        Assert.Contains("href=\"/reports/ko/articles/ko-only/\"", result.Text("articles/en/index.html"));
    }
}
