using AngleSharp.Html.Parser;
using StaticSite.Content;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Security;

public class HostileInputTests
{
    /// <summary>OWASP-style XSS vectors that must come out as text wherever content lands.</summary>
    public static readonly string[] Vectors =
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "\"><svg onload=alert(1)>",
        "'><iframe src=javascript:alert(1)>",
        "</title><script>alert(1)</script>",
        "</script><script>alert(1)</script>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "\" onmouseover=\"alert(1)",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<!-- x --><body onload=alert(1)>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "{{ 7 * 7 }} {% raw %}",
        "<style>@import 'https://evil.example/x.css';</style>",
    ];

    public enum Outcome
    {
        Escaped,
        Refused,
    }

    /// <summary>One hostile case: a name, how it changes the basic site, what it must get, and the file a refusal must name.</summary>
    public sealed record Case(string Name, Action<Dictionary<string, string>> Apply, Outcome Expected, string RefusedFile = "content/articles/a.md")
    {
        public override string ToString() => Name;
    }

    private static string Q(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal) + "\"";

    private static Action<Dictionary<string, string>> Article(string extraFrontMatter = "", string body = "Body text.", string title = "Plain title") =>
        files => files["articles/a.md"] = $"---\ntitle: {Q(title)}\ndate: 2021-06-09\ntranslators: [Yongmin Lee]\nsource:\n  publication: daily-nk\n  url: https://www.dailynk.com/example\ntopics: [censorship]\n{extraFrontMatter}---\n{body}\n";

    private static Action<Dictionary<string, string>> Source(string extra) =>
        Article($"source:\n  publication: daily-nk\n{extra}");

    public static IEnumerable<Case> Cases()
    {
        foreach (var (v, i) in Vectors.Select((v, i) => (v, i)))
        {
            yield return new Case($"title #{i}", Article(title: v), Outcome.Escaped);
            yield return new Case($"summary #{i}", Article($"summary: {Q(v)}\n"), Outcome.Escaped);
            yield return new Case($"author #{i}", Article($"author: {Q(v)}\n"), Outcome.Escaped);
            yield return new Case($"translator #{i}", files =>
            {
                Article()(files);
                files["articles/a.md"] = files["articles/a.md"].Replace("translators: [Yongmin Lee]", $"translators: [{Q(v)}]", StringComparison.Ordinal);
            }, Outcome.Escaped);
            yield return new Case($"places #{i}", Article($"places: [{Q(v)}]\n"), Outcome.Escaped);
            yield return new Case($"image caption, credit and alt #{i}", Article($"image:\n  src: https://example.org/x.jpg\n  alt: {Q(v)}\n  caption: {Q(v)}\n  credit: {Q(v)}\n"), Outcome.Escaped);
            yield return new Case($"correction #{i}", Article($"corrections:\n  - date: 2021-06-10\n    text: {Q(v)}\n"), Outcome.Escaped);
            yield return new Case($"source.title #{i}", files =>
            {
                Article()(files);
                files["articles/a.md"] = files["articles/a.md"].Replace("  url: https://www.dailynk.com/example\n", $"  url: https://www.dailynk.com/example\n  title: {Q(v)}\n", StringComparison.Ordinal);
            }, Outcome.Escaped);
            yield return new Case($"topic registry #{i}", files =>
            {
                Article()(files);
                files["topics.yml"] = $"censorship:\n  title: {Q(v)}\n  description: {Q(v)}\n";
            }, Outcome.Escaped);
            yield return new Case($"source registry #{i}", files =>
            {
                Article()(files);
                files["sources.yml"] = $"daily-nk:\n  name: {Q(v)}\n  url: https://www.dailynk.com/\n  language: ko\n  description: {Q(v)}\n";
            }, Outcome.Escaped);
            yield return new Case($"site.yml #{i}", files =>
            {
                Article()(files);
                files["site.yml"] = $"title: {Q(v)}\ndescription: {Q(v)}\nbase_url: https://example.org/reports/\nlanguage: en\npage_size: 2\n";
            }, Outcome.Escaped);
            yield return new Case($"body text #{i}", Article(body: v), Outcome.Escaped);
        }

        foreach (var (name, translator) in new[] { ("translator <script>", "<script>alert(1)</script>"), ("translator quotes", "\"><svg onload=alert(1)>"), ("translator con", "con"), ("translator non-ASCII only", "이용민") })
        {
            yield return new Case(name, files => files["articles/a.md"] = $"---\ntitle: T\ndate: 2021-06-09\ntranslators: [{Q(translator)}]\nsource:\n  publication: daily-nk\n  url: https://www.dailynk.com/example\ntopics: [censorship]\n---\nBody.\n", Outcome.Escaped);
        }

        // Markdown bodies: raw HTML is text; unsafe link schemes in any spelling are refused at their line.
        foreach (var (name, body, expected) in new (string, string, Outcome)[]
        {
            ("inline javascript: link", "[x](javascript:alert(1))", Outcome.Refused),
            ("mixed-case JaVaScRiPt: link", "[x](JaVaScRiPt:alert(1))", Outcome.Refused),
            ("entity &#106;avascript: link", "[x](&#106;avascript:alert(1))", Outcome.Refused),
            ("hex entity java&#x09;script: link", "[x](java&#x09;script:alert(1))", Outcome.Refused),
            ("tab inside <java\tscript:>", "[x](<java\tscript:alert(1)>)", Outcome.Refused),
            ("newline entity java&#10;script:", "[x](java&#10;script:alert(1))", Outcome.Refused),
            ("leading spaces in <  javascript:>", "[x](<  javascript:alert(1)>)", Outcome.Refused),
            ("vbscript: link", "[x](vbscript:msgbox(1))", Outcome.Refused),
            ("data: link", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", Outcome.Refused),
            ("file: link", "[x](file:///etc/passwd)", Outcome.Refused),
            ("protocol-relative //evil link", "[x](//evil.example/)", Outcome.Refused),
            ("reference definition javascript:", "[x][r]\n\n[r]: javascript:alert(1)", Outcome.Refused),
            ("reference definition data:", "[x][r]\n\n[r]: <data:text/html,x>", Outcome.Refused),
            ("autolink <javascript:...>", "<javascript:alert(1)>", Outcome.Refused),
            ("autolink <JAVASCRIPT:...>", "<JAVASCRIPT:alert(1)>", Outcome.Refused),
            ("image javascript:", "![x](javascript:alert(1))", Outcome.Refused),
            ("image data:", "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)", Outcome.Refused),
            ("image vbscript: in reference", "![x][r]\n\n[r]: vbscript:x", Outcome.Refused),
            ("percent-encoded scheme %6Aavascript:", "[x](%6Aavascript:alert(1))", Outcome.Refused),
            ("raw <script>", "<script>alert(1)</script>", Outcome.Escaped),
            ("raw <img onerror>", "<img src=x onerror=alert(1)>", Outcome.Escaped),
            ("raw <a href=javascript:>", "<a href=\"javascript:alert(1)\">x</a>", Outcome.Escaped),
            ("raw block <iframe>", "<iframe src=\"https://evil.example\"></iframe>", Outcome.Escaped),
            ("raw <form>", "<form action=\"https://evil.example\"><input name=p></form>", Outcome.Escaped),
            ("link title with quotes", "[x](https://example.org \"a\\\" onmouseover=\\\"alert(1)\")", Outcome.Escaped),
            ("link title with angle brackets", "[x](https://example.org '<script>alert(1)</script>')", Outcome.Escaped),
            ("URL with quote and angle bracket", "[x](https://example.org/\"><script>alert(1)</script>)", Outcome.Escaped),
            ("code fence info string with quotes", "```\"><script>alert(1)</script> onmouseover=\"x\ncode\n```", Outcome.Escaped),
            ("code fence info string with angle brackets", "~~~<img src=x onerror=alert(1)>\ncode\n~~~", Outcome.Escaped),
            ("inline code with script", "`<script>alert(1)</script>`", Outcome.Escaped),
            ("footnote with script", "Text[^1].\n\n[^1]: <script>alert(1)</script>", Outcome.Escaped),
            ("table cell with script", "| a | b |\n|--:|:-:|\n| <script>alert(1)</script> | <img src=x onerror=alert(1)> |", Outcome.Escaped),
            ("figure caption with script", "^^^\n![x](https://example.org/x.jpg)\n^^^ <script>alert(1)</script>", Outcome.Escaped),
            ("generic attributes syntax", "# Heading {onclick=\"alert(1)\" style=\"x\"}", Outcome.Escaped),
            ("Scriban syntax in body", "{{ include 'x' }} {{ 7*7 }}", Outcome.Escaped),
            ("mailto link", "[x](mailto:a@example.org?subject=<script>)", Outcome.Escaped),
        })
        {
            yield return new Case("body: " + name, Article(body: "Intro paragraph.\n\n" + body), expected);
        }

        // URLs in front matter and registries.
        foreach (var (name, url) in new[] { ("javascript:", "javascript:alert(1)"), ("JaVaScRiPt:", "JaVaScRiPt:alert(1)"), ("protocol-relative", "//evil.example/x"), ("data:", "data:text/html,<script>alert(1)</script>"), ("vbscript:", "vbscript:x"), ("relative path", "evil.html"), ("whitespace", " https://example.org/ x") })
        {
            yield return new Case($"source.url {name}", Source($"  url: {Q(url)}\n"), Outcome.Refused);
            yield return new Case($"image.src {name}", Article($"image:\n  src: {Q(url)}\n  alt: x\n  credit: y\n"), Outcome.Refused);
            yield return new Case($"sources.yml url {name}", files =>
            {
                Article()(files);
                files["sources.yml"] = $"daily-nk:\n  name: Daily NK\n  url: {Q(url)}\n  language: ko\n";
            }, Outcome.Refused, "content/sources.yml");
        }

        yield return new Case("image.src /media/../../etc/passwd", Article("image:\n  src: /media/../../etc/passwd\n  alt: x\n  credit: y\n"), Outcome.Refused);
        yield return new Case("site.yml base_url javascript:", files =>
        {
            Article()(files);
            files["site.yml"] = "title: T\nbase_url: javascript:alert(1)//\nlanguage: en\n";
        }, Outcome.Refused, "content/site.yml");

        // Slugs and file names.
        foreach (var (name, slug) in new[] { ("../", "../evil"), ("%2e%2e%2f", "%2e%2e%2fevil"), ("absolute", "/etc/passwd"), ("NUL", "a\\0b"), ("reserved con", "con"), ("reserved nul", "nul"), ("reserved com1", "com1"), ("backslash", "..\\\\evil"), ("uppercase", "Evil"), ("dot", "."), ("too long", new string('a', 101)) })
        {
            yield return new Case($"slug {name}", Article($"slug: {(name == "NUL" ? "\"" + slug + "\"" : Q(slug))}\n"), Outcome.Refused);
        }

        foreach (var (name, path) in new[] { ("file name con.md", "articles/con.md"), ("file name with space", "articles/Evil Name.md"), ("file name with %2e", "articles/%2e%2e.md") })
        {
            yield return new Case(name, files => files[path] = TestSite.Article("T"), Outcome.Refused, "content/" + path);
        }

        foreach (var (name, path) in new[] { ("media con.jpg", "media/con.jpg"), ("media with space", "media/a b.jpg"), ("media %2e%2e", "media/%2e%2e/x.jpg"), ("media NUL", "media/a\0b.jpg") })
        {
            yield return new Case(name, files =>
            {
                Article()(files);
                files[path] = "bytes";
            }, Outcome.Refused, "content/" + path);
        }
    }

    public static TheoryData<Case> All() => new(Cases());

    [Theory]
    [MemberData(nameof(All))]
    public void A_hostile_input_is_built_as_text_or_refused_with_its_file_and_line(Case hostile)
    {
        var files = TestSite.Basics();
        hostile.Apply(files);

        var result = TestSite.Build(files);

        if (hostile.Expected == Outcome.Refused)
        {
            Assert.True(result.Failed, "expected a refusal, but the build succeeded");
            Assert.Contains(result.Errors(), e => e.StartsWith(hostile.RefusedFile + ":", StringComparison.Ordinal));
            Assert.All(result.Errors(), e => Assert.Matches(@"^[^:]+:\d+:\d+: error: ", e));
            return;
        }

        Assert.Empty(result.Errors());
        SafeMarkup.AssertNone(result);
    }

    [Fact]
    public void A_hostile_title_is_the_text_of_the_heading_and_nothing_else()
    {
        foreach (var vector in Vectors)
        {
            var files = TestSite.Basics();
            Article(title: vector)(files);

            var page = new HtmlParser().ParseDocument(TestSite.Build(files).Text("articles/a/index.html"));

            var h1 = Assert.Single(page.QuerySelectorAll("h1"));
            Assert.Equal(vector, h1.TextContent);
            Assert.Empty(h1.Children);
            Assert.Equal(vector + " — Test Reports", page.Title);
        }
    }

    [Fact]
    public void A_refused_link_names_the_line_and_column_of_the_link()
    {
        var files = TestSite.Basics();
        Article(body: "First line.\n\nSecond [bad](JaVaScRiPt:alert(1)) link.")(files);

        var result = TestSite.Build(files);

        Assert.Contains(result.Errors(), e => e.StartsWith("content/articles/a.md:12:8: error: link target 'JaVaScRiPt:alert(1)' is not allowed", StringComparison.Ordinal));
    }
}
