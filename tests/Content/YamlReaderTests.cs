using StaticSite.Content.Yaml;
using StaticSite.Diagnostics;

namespace StaticSite.Tests.Content;

public class YamlReaderTests
{
    private static (YamlValue? Value, IReadOnlyList<Diagnostic> Diagnostics) Read(string yaml, int lineOffset = 1)
    {
        var bag = new DiagnosticBag();
        return (YamlReader.Read(yaml, "content/articles/a.md", lineOffset, bag), bag.Sorted());
    }

    [Fact]
    public void Keys_and_values_carry_their_line_and_column_in_the_whole_file()
    {
        var (value, diagnostics) = Read("title: Video ban\nsource:\n  publication: daily-nk\ntopics: [censorship, technology]\n");

        Assert.Empty(diagnostics);
        var mapping = Assert.IsType<YamlMapping>(value);
        Assert.Equal("content/articles/a.md:2:1", mapping.Find("title")!.KeyAt.ToString());
        Assert.Equal("content/articles/a.md:2:8", mapping.Find("title")!.Value.At.ToString());
        var source = Assert.IsType<YamlMapping>(mapping.Find("source")!.Value);
        Assert.Equal("content/articles/a.md:4:3", source.Find("publication")!.KeyAt.ToString());
        Assert.Equal("content/articles/a.md:4:16", source.Find("publication")!.Value.At.ToString());
        var topics = Assert.IsType<YamlSequence>(mapping.Find("topics")!.Value);
        Assert.Equal("content/articles/a.md:5:22", topics.Items[1].At.ToString());
    }

    [Fact]
    public void Two_high_surrogate_escapes_in_a_row_are_a_located_syntax_error_not_an_exception()
    {
        var (value, diagnostics) = Read("date: 2021-06-09\ntitle: \"\\ud800\\ud800x\"\n");

        Assert.Null(value);
        var error = Assert.Single(diagnostics);
        Assert.StartsWith("content/articles/a.md:3:", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("half a character", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tag_that_is_not_a_uri_is_a_located_syntax_error_not_an_exception()
    {
        var (value, diagnostics) = Read("title: T\nblob: !!+V-! x\n");

        Assert.Null(value);
        var error = Assert.Single(diagnostics);
        Assert.StartsWith("content/articles/a.md:3:", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Global tags must be valid URIs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_text_is_an_empty_mapping()
    {
        var (value, diagnostics) = Read("");

        Assert.Empty(diagnostics);
        Assert.Empty(Assert.IsType<YamlMapping>(value).Entries);
    }

    [Fact]
    public void Anchors_are_refused_at_their_position()
    {
        var (value, diagnostics) = Read("title: &t Video ban\n");

        Assert.Null(value);
        var error = Assert.Single(diagnostics);
        Assert.Equal("content/articles/a.md:2:8", error.Location.ToString());
        Assert.Contains("anchors", error.Message);
    }

    [Fact]
    public void Aliases_are_refused()
    {
        var (value, diagnostics) = Read("author: Kim\ntranslators: *someone\n");

        Assert.Null(value);
        var error = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(3, error.Location.Line);
        Assert.Contains("alias", error.Message);
    }

    [Fact]
    public void A_duplicate_key_is_an_error_at_the_second_key()
    {
        var (_, diagnostics) = Read("title: One\ndate: 2021-06-09\ntitle: Two\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal("content/articles/a.md:4:1: error: duplicate key 'title'", error.ToString());
    }

    [Fact]
    public void A_syntax_error_is_reported_at_its_line_in_the_file()
    {
        var (value, diagnostics) = Read("title: One\ntopics: [censorship\ndate: 2021-06-09\n", lineOffset: 1);

        Assert.Null(value);
        var error = Assert.Single(diagnostics);
        Assert.StartsWith("YAML syntax error", error.Message);
        Assert.InRange(error.Location.Line, 3, 5);
        Assert.Equal("content/articles/a.md", error.Location.Path);
    }

    [Fact]
    public void A_badly_indented_line_is_reported_at_that_line()
    {
        var (value, diagnostics) = Read("title: One\nsource:\n  publication: daily-nk\n url: https://example.org/\n");

        Assert.Null(value);
        Assert.Equal(5, Assert.Single(diagnostics).Location.Line);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused()
    {
        var yaml = "a: " + new string('[', YamlReader.MaxDepth + 2) + new string(']', YamlReader.MaxDepth + 2) + "\n";

        var (value, diagnostics) = Read(yaml);

        Assert.Null(value);
        Assert.Contains("deeper", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void Quoted_null_is_text_and_plain_null_is_no_value()
    {
        var (value, _) = Read("a: null\nb: \"null\"\nc:\n");
        var mapping = Assert.IsType<YamlMapping>(value);

        Assert.True(((YamlScalar)mapping.Find("a")!.Value).IsNull);
        Assert.False(((YamlScalar)mapping.Find("b")!.Value).IsNull);
        Assert.True(((YamlScalar)mapping.Find("c")!.Value).IsNull);
    }
}
