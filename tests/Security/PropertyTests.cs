using System.Text;
using AngleSharp.Html.Parser;
using CsCheck;
using StaticSite.Content;
using StaticSite.Output;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Security;

public class PropertyTests
{
    /// <summary>A YAML double-quoted scalar holding exactly <paramref name="text"/> (line and paragraph separators escaped too: YAML 1.1 reads them as line breaks, after which "---" would end the document).</summary>
    private static string YamlQuoted(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\') builder.Append('\\').Append(c);
            else if (c < 0x20 || c is >= '\u007f' and <= '\u00a0' or '\u2028' or '\u2029' || char.IsSurrogate(c) || c >= '\ufffe') builder.Append($"\\u{(int)c:x4}");
            else builder.Append(c);
        }

        return builder.Append('"').ToString();
    }

    private static readonly Gen<char> TitleChar = Gen.OneOf(
        Gen.Char["<>\"'&;=/\\`{}%# \u00a0!?:-*_[]()|~^ab"],
        Gen.Char['\u0020', '\u007e'],
        Gen.Char['\u00a1', '\ud7ff'].Where(c => !char.IsControl(c) && c is not (>= '\ufdd0' and <= '\ufdef')));

    private static readonly Gen<string> Title = Gen.String[TitleChar, 1, 40].Where(t => t.Trim().Length > 0);

    [Fact]
    public void Any_title_renders_as_the_text_of_the_heading_and_nothing_else_after_trimming()
    {
        var parser = new HtmlParser();
        Title.Sample(title =>
        {
            var files = TestSite.Basics();
            files["articles/a.md"] = $"---\ntitle: {YamlQuoted(title)}\ndate: 2021-06-09\ntranslators: [Yongmin Lee]\nsource:\n  publication: daily-nk\n  url: https://www.dailynk.com/x\ntopics: [censorship]\n---\nBody.\n";

            var result = TestSite.Build(files);

            Assert.Empty(result.Errors());
            var page = parser.ParseDocument(result.Text("articles/a/index.html"));
            var h1 = Assert.Single(page.QuerySelectorAll("h1"));
            var expected = title.Trim();
            Assert.Equal(expected, h1.TextContent);
            Assert.Empty(h1.Children);
            Assert.Equal(System.Text.RegularExpressions.Regex.Replace(expected, "[ \t\n\f\r]+", " ") + " — Test Reports", page.Title);
            SafeMarkup.AssertNone(result);
        }, iter: 60);
    }

    private static readonly Gen<string> Slug = Gen.String[Gen.Char["abz09-./\\%:~ \0\u0130\u212a_AZ"], 0, 12];

    [Fact]
    public void Any_slug_is_refused_at_its_line_or_lands_inside_the_output_folder()
    {
        var root = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "staticsite-slug-root")) + Path.DirectorySeparatorChar;
        Slug.Sample(slug =>
        {
            var files = TestSite.Basics();
            files["articles/a.md"] = TestSite.Article("A", extra: $"slug: {YamlQuoted(slug)}\n");

            var result = TestSite.Build(files);

            if (result.Failed)
            {
                Assert.Contains(result.Errors(), e => e.StartsWith("content/articles/a.md:9:", StringComparison.Ordinal));
                return;
            }

            Assert.True(result.Output!.Contains($"articles/{slug.Trim()}/index.html"), slug);
            foreach (var file in result.Output.Files)
            {
                Assert.True(OutputPaths.IsSafe(file.Path), file.Path);
                Assert.StartsWith(root, Path.GetFullPath(Path.Combine(root, file.Path)), StringComparison.Ordinal);
            }
        }, iter: 150);
    }
}
