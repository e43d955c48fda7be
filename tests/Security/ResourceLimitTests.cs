using StaticSite.Cli;
using StaticSite.Content;
using StaticSite.Content.Yaml;
using StaticSite.Diagnostics;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Security;

public class ResourceLimitTests
{
    private static Dictionary<string, string> WithBody(string body)
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("Deep", body: body);
        return files;
    }

    [Fact]
    public void A_yaml_alias_bomb_is_refused_at_its_first_anchor()
    {
        var bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
            + string.Concat(Enumerable.Range(0, 9).Select(i => $"{(char)('b' + i)}: &{(char)('b' + i)} [*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)}]\n"));
        var files = TestSite.Basics();
        files["articles/a.md"] = "---\n" + bomb + "---\nBody.\n";

        var result = TestSite.Build(files);

        Assert.Contains("content/articles/a.md:2:4: error: YAML anchors (&name) are not allowed; write the value out", result.Errors());
    }

    [Fact]
    public void A_yaml_alias_without_anchor_is_refused_too()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(YamlReader.Read("title: *x\n", "a.md", 0, diagnostics));
        Assert.Contains(diagnostics.Sorted(), d => d.Severity == Severity.Error && d.Location.Path == "a.md");
    }

    [Theory]
    [InlineData(40)]
    [InlineData(100_000)]
    public void Deep_yaml_nesting_is_refused_without_exhausting_the_stack(int depth)
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = "---\ntitle: " + new string('[', depth) + new string(']', depth) + "\n---\nBody.\n";

        var result = TestSite.Build(files);

        Assert.True(result.Failed);
        Assert.Contains(result.Errors(), e => e.StartsWith("content/articles/a.md:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("brackets", '[', "")]
    [InlineData("block quotes", '>', "")]
    [InlineData("emphasis", '*', "a ")]
    public void A_body_nested_100000_deep_is_an_error_naming_the_file_not_a_stack_overflow(string what, char marker, string filler)
    {
        var body = string.Concat(Enumerable.Repeat(marker + filler, 100_000));

        var result = TestSite.Build(WithBody("First paragraph.\n\n" + body));

        Assert.True(result.Failed, what);
        Assert.Contains(result.Errors(), e => e.StartsWith("content/articles/a.md:", StringComparison.Ordinal) && e.Contains("too deeply nested", StringComparison.Ordinal));
    }

    [Fact]
    public void A_deeply_nested_first_paragraph_is_an_error_at_the_start_of_the_body()
    {
        var result = TestSite.Build(WithBody(new string('[', 100_000)));

        Assert.Contains(result.Errors(), e => e.StartsWith("content/articles/a.md:10:1: error: the body cannot be read", StringComparison.Ordinal));
    }

    [Fact]
    public void Deeply_nested_lists_are_an_error_naming_the_file()
    {
        var body = string.Join('\n', Enumerable.Range(0, 400).Select(i => new string(' ', 2 * i) + "- x"));

        var result = TestSite.Build(WithBody("First paragraph.\n\n" + body));

        Assert.Contains(result.Errors(), e => e.StartsWith("content/articles/a.md:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_over_the_size_cap_is_refused_with_its_name_and_the_limit()
    {
        var result = TestSite.Build(WithBody(new string('a', ContentLoader.MaxFileBytes + 1)));

        Assert.Contains("content/articles/a.md:1:1: error: the file is 2048 KiB; the limit is 2048 KiB", result.Errors());
    }

    [Theory]
    [InlineData("an endless loop", "{{ while true }}x{{ end }}")]
    [InlineData("endless recursion", "{{ func f; f; end; f }}")]
    [InlineData("a very long loop", "{{ for i in 1..100000000 }}{{ end }}")]
    public void A_runaway_template_gets_a_diagnostic_at_its_line_not_a_hang(string what, string body)
    {
        var templates = TestTemplates.Repository();
        templates["pages/404.html"] = "<p>\n" + body + "</p>";
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("A");

        var result = TestSite.Build(files, templates);

        Assert.True(result.Failed, what);
        Assert.Contains(result.Errors(), e => e.StartsWith("templates/pages/404.html:2:", StringComparison.Ordinal));
    }

    [Fact]
    public void An_article_body_of_over_a_million_characters_is_rendered_whole_not_cut_off()
    {
        var paragraph = string.Concat(Enumerable.Repeat("Sources said the ban covers videos of weddings and picnics. ", 20));
        var body = string.Join("\n\n", Enumerable.Repeat(paragraph, 1000)) + "\n\nThe last paragraph.";
        Assert.True(body.Length > 1_100_000);

        var html = TestSite.Build(WithBody(body)).Text("articles/a/index.html");

        Assert.Contains("<p>The last paragraph.</p>", html);
        Assert.EndsWith("</html>\n", html);
    }

    [Fact]
    public void A_template_whose_output_runs_past_the_page_limit_is_an_error_at_its_line_not_a_cut_off_page()
    {
        var templates = TestTemplates.Repository();
        templates["pages/404.html"] = "<p>\n{{ for i in 1..200000 }}" + new string('x', 100) + "{{ end }}</p>";
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("A");

        var result = TestSite.Build(files, templates);

        Assert.True(result.Failed);
        Assert.Contains(result.Errors(), e => e.StartsWith("templates/pages/404.html:2:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_partial_that_includes_itself_gets_a_diagnostic_at_its_line_not_a_crash()
    {
        var templates = TestTemplates.Repository();
        templates["partials/again.html"] = "<i>\n{{ include \"again\" }}</i>";
        templates["pages/404.html"] = "<p>{{ include \"again\" }}</p>";
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("A");

        var result = TestSite.Build(files, templates);

        Assert.True(result.Failed);
        Assert.Contains(result.Errors(), e => e.StartsWith("templates/partials/again.html:2:", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unparsable_body_stops_the_build_with_one_line_per_problem_and_no_stack_trace()
    {
        var root = Directory.CreateTempSubdirectory("staticsite-limits-");
        try
        {
            var content = Path.Combine(root.FullName, "content");
            foreach (var (path, text) in WithBody("Intro.\n\n" + new string('>', 100_000)))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(content, path))!);
                File.WriteAllText(Path.Combine(content, path), text);
            }

            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var code = BuildCommand.Run(new BuildOptions { ContentDir = content, TemplatesDir = Repo.PathOf("templates"), OutputDir = Path.Combine(root.FullName, "out") }, true, stdout, stderr);

            Assert.Equal(ExitCodes.ContentErrors, code);
            var lines = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Contains(lines, l => l.Contains("/articles/a.md:10:1: error: the body cannot be rendered", StringComparison.Ordinal));
            Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
            Assert.False(Directory.Exists(Path.Combine(root.FullName, "out")));
        }
        finally
        {
            root.Delete(true);
        }
    }
}
