using StaticSite.Content;
using StaticSite.Content.Yaml;
using StaticSite.Diagnostics;

namespace StaticSite.Tests.Content;

public class FrontMatterReaderTests
{
    private static (FrontMatter FrontMatter, IReadOnlyList<Diagnostic> Diagnostics) Read(string yaml)
    {
        var bag = new DiagnosticBag();
        var mapping = Assert.IsType<YamlMapping>(YamlReader.Read(yaml, "content/articles/a.md", 1, bag));
        return (FrontMatterReader.Read(mapping, bag), bag.Sorted());
    }

    [Fact]
    public void Every_field_of_the_content_model_is_read_with_its_position()
    {
        var (fm, diagnostics) = Read("""
            title: Video ban
            date: 2021-06-09
            updated: 2021-06-10T08:30:00+09:00
            language: en
            slug: video-ban
            summary: Short.
            author: Kim Yoo Jin
            translators: [Yongmin Lee, Second Person]
            source:
              publication: daily-nk
              url: https://www.dailynk.com/x
              title: 원문
              language: ko
              published: 2021-06-08
            topics: [censorship]
            places: [Pyongyang]
            image:
              src: /media/a.png
              alt: A player
              caption: Players
              credit: Daily NK
            translation_key: video-ban
            corrections:
              - date: 2021-06-11
                text: Fixed the province.
            draft: true

            """);

        Assert.Empty(diagnostics);
        Assert.Equal("Video ban", fm.Title!.Value.Value);
        Assert.Equal("content/articles/a.md:2:8", fm.Title.Value.At.ToString());
        Assert.Equal("2021-06-09", fm.Date!.Value.Value.IsoDate);
        Assert.True(fm.Updated!.Value.Value.HasTime);
        Assert.Equal(["Kim Yoo Jin"], fm.Authors.Select(a => a.Value));
        Assert.Equal(["Yongmin Lee", "Second Person"], fm.Translators.Select(a => a.Value));
        Assert.Equal("daily-nk", fm.Source!.Publication!.Value.Value);
        Assert.Equal("원문", fm.Source.Title!.Value.Value);
        Assert.Equal("2021-06-08", fm.Source.Published!.Value.Value.IsoDate);
        Assert.Equal("content/articles/a.md:16:10", fm.Topics[0].At.ToString());
        Assert.Equal("/media/a.png", fm.Image!.Src!.Value.Value);
        Assert.Equal("Fixed the province.", Assert.Single(fm.Corrections).Text!.Value.Value);
        Assert.True(fm.Draft);
    }

    [Fact]
    public void A_list_where_text_is_expected_is_reported_at_the_field_value()
    {
        var (fm, diagnostics) = Read("title: [One, Two]\n");

        Assert.Null(fm.Title);
        Assert.Equal("content/articles/a.md:2:8: error: 'title' must be text, but it is a list", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void A_single_value_where_a_mapping_is_expected_is_reported_at_the_field_value()
    {
        var (fm, diagnostics) = Read("title: T\nsource: daily-nk\n");

        Assert.Null(fm.Source);
        Assert.Equal("content/articles/a.md:3:9: error: 'source' must be a mapping of fields, but it is a single value", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void A_mapping_inside_a_list_of_names_is_reported_at_that_item()
    {
        var (fm, diagnostics) = Read("translators:\n  - Yongmin Lee\n  - name: Other\n");

        Assert.Equal(["Yongmin Lee"], fm.Translators.Select(t => t.Value));
        var error = Assert.Single(diagnostics);
        Assert.Equal("content/articles/a.md:4:5", error.Location.ToString());
        Assert.Contains("each item of 'translators' must be non-empty text", error.Message);
    }

    [Fact]
    public void A_draft_flag_that_is_not_true_or_false_is_an_error()
    {
        var (_, diagnostics) = Read("draft: perhaps\n");

        Assert.Equal("content/articles/a.md:2:8: error: 'draft' must be true or false, not 'perhaps'", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void An_unknown_field_is_a_warning_that_suggests_the_known_one()
    {
        var (_, diagnostics) = Read("titel: Video ban\n");

        var warning = Assert.Single(diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("content/articles/a.md:2:1: warning: unknown field 'titel' in the front matter (did you mean 'title'?)", warning.ToString());
    }

    [Fact]
    public void An_unknown_field_inside_source_suggests_the_source_field()
    {
        var (_, diagnostics) = Read("source:\n  publicaton: daily-nk\n");

        Assert.Contains(diagnostics, d => d.ToString() == "content/articles/a.md:3:3: warning: unknown field 'publicaton' in source (did you mean 'publication'?)");
    }

    [Theory]
    [InlineData("author: Kim Yoo Jin\n", new[] { "Kim Yoo Jin" })]
    [InlineData("author: [Kim Yoo Jin, Lee]\n", new[] { "Kim Yoo Jin", "Lee" })]
    [InlineData("author:\n  - Kim Yoo Jin\n  - Lee\n", new[] { "Kim Yoo Jin", "Lee" })]
    [InlineData("author:\n", new string[0])]
    public void Name_fields_accept_one_name_or_a_list(string yaml, string[] expected)
    {
        var (fm, diagnostics) = Read(yaml);

        Assert.Empty(diagnostics);
        Assert.Equal(expected, fm.Authors.Select(a => a.Value));
    }

    [Fact]
    public void A_single_topic_written_as_text_is_a_one_item_list()
    {
        var (fm, diagnostics) = Read("topics: censorship\n");

        Assert.Empty(diagnostics);
        Assert.Equal(["censorship"], fm.Topics.Select(t => t.Value));
    }

    [Fact]
    public void Corrections_that_are_not_a_list_are_reported()
    {
        var (fm, diagnostics) = Read("corrections: fixed a typo\n");

        Assert.Empty(fm.Corrections);
        Assert.Equal("content/articles/a.md:2:14: error: 'corrections' must be a list, but it is a single value", Assert.Single(diagnostics).ToString());
    }
}
