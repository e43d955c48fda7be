using AngleSharp.Html.Parser;
using StaticSite.Content;
using StaticSite.Pipeline;
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

        /// <summary>Raw HTML in a body: built past any error it gets (as check does), and no page carries unsafe markup.</summary>
        Sanitized,
    }

    /// <summary>Hostile raw HTML of the kinds the OWASP XSS filter-evasion cheat sheet describes (written for these tests): script URLs in
    /// every spelling and attribute, handlers, styles, frames, forms, foreign content, comments and markup meant to confuse a parser.</summary>
    public static readonly string[] FilterEvasion =
    [
        "<img alt=\"x\" src=\"javascript:alert('x');\">",
        "<img alt=x src=javascript:alert('x')>",
        "<img alt=x src=JaVaScRiPt:alert('x')>",
        "<img alt=x src=javascript:alert(&quot;x&quot;)>",
        "<img alt=x src=`javascript:alert(1)`>",
        "<a onmouseover=\"alert(document.cookie)\">hover</a>",
        "<img \"\"\"><script>alert(1)</script>\">",
        "<img alt=x src=javascript:alert(String.fromCharCode(88,83,83))>",
        "<img alt=x src=# onmouseover=\"alert(1)\">",
        "<img alt=x src= onmouseover=\"alert(1)\">",
        "<img alt=x onmouseover=\"alert(1)\">",
        "<img alt=x src=/ onerror=\"alert(1)\"></img>",
        "<img alt=x src=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>",
        "<img alt=x src=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)>",
        "<img alt=x src=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x31&#x29>",
        "<img alt=x src=\"jav\tascript:alert(1);\">",
        "<img alt=x src=\"jav&#x09;ascript:alert(1);\">",
        "<img alt=x src=\"jav&#x0A;ascript:alert(1);\">",
        "<img alt=x src=\"jav&#x0D;ascript:alert(1);\">",
        "<img alt=x src=\" &#14;  javascript:alert(1);\">",
        "<script/xss src=\"https://evil.example/x.js\"></script>",
        "<body onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(1)>",
        "<<script>alert(1);//\\<</script>",
        "<script src=https://evil.example/x.js?< b >",
        "<script src=//evil.example/.j></script>",
        "<img alt=x src=\"`<javascript:alert>`('x')\"",
        "<iframe src=https://evil.example/x.html <",
        "</title><script>alert(1);</script>",
        "<input type=\"image\" src=\"javascript:alert(1);\">",
        "<body background=\"javascript:alert(1)\">",
        "<img alt=x dynsrc=\"javascript:alert(1)\" lowsrc=\"javascript:alert(1)\">",
        "<style>li {list-style-image: url(\"javascript:alert(1)\");}</style><ul><li>x</br>",
        "<img alt=x src='vbscript:msgbox(1)'>",
        "<svg/onload=alert(1)>",
        "<bgsound src=\"javascript:alert(1);\">",
        "<br size=\"&{alert(1)}\">",
        "<link rel=\"stylesheet\" href=\"javascript:alert(1);\">",
        "<style>@import'https://evil.example/x.css';</style>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1);\">",
        "<iframe src=\"javascript:alert(1);\"></iframe>",
        "<frameset><frame src=\"javascript:alert(1);\"></frameset>",
        "<table background=\"javascript:alert(1)\"><tr><td background=\"javascript:alert(1)\">x</td></tr></table>",
        "<div style=\"background-image: url(javascript:alert(1))\">x</div>",
        "<div style=\"width: expression(alert(1));\">x</div>",
        "<img alt=x style=\"xss:expr/*x*/ession(alert(1))\">",
        "<style type=\"text/javascript\">alert(1);</style>",
        "<base href=\"javascript:alert(1);//\">",
        "<object type=\"text/x-scriptlet\" data=\"https://evil.example/x.html\"></object>",
        "<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
        "<xml id=\"x\"><i><b><img alt=x src=\"javas<!-- -->cript:alert(1)\"></b></i></xml>",
        "<!--[if gte IE 4]><script>alert(1);</script><![endif]-->",
        "<a href=\"javas&#99;ript:alert(1)\">x</a>",
        "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
        "<a href=\"  javascript:alert(1)\">x</a>",
        "<details open ontoggle=alert(1)><summary>x</summary></details>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "<form><button formaction=javascript:alert(1)>x</button></form>",
        "<img alt=x src=\"x\n\" onerror=alert(1)>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<sup><a href=\"//evil.example/\">x</a></sup>",
        "<abbr title=\"x\" onclick=\"alert(1)\">x</abbr> <kbd style=\"x\">k</kbd>",
        "<figure><img alt=x src=\"https://example.org/x.jpg\" onload=alert(1)><figcaption><script>alert(1)</script></figcaption></figure>",
        "<template><script>alert(1)</script></template>",
        "<textarea><script>alert(1)</script></textarea>",
        "<xmp><script>alert(1)</script></xmp>",
        "<a href=\"https://example.org/\" target=\"_blank\" rel=\"opener\">x</a>",
        "<img alt=x srcset=\"javascript:alert(1) 1x\" src=\"https://example.org/x.jpg\">",
    ];

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
            yield return new Case($"body text #{i}", Article(body: v), v.Contains('<', StringComparison.Ordinal) && !v.StartsWith("&lt;", StringComparison.Ordinal) ? Outcome.Sanitized : Outcome.Escaped);
        }

        foreach (var (name, translator) in new[] { ("translator <script>", "<script>alert(1)</script>"), ("translator quotes", "\"><svg onload=alert(1)>"), ("translator con", "con"), ("translator non-ASCII only", "이용민") })
        {
            yield return new Case(name, files => files["articles/a.md"] = $"---\ntitle: T\ndate: 2021-06-09\ntranslators: [{Q(translator)}]\nsource:\n  publication: daily-nk\n  url: https://www.dailynk.com/example\ntopics: [censorship]\n---\nBody.\n", Outcome.Escaped);
        }

        foreach (var (v, i) in FilterEvasion.Select((v, i) => (v, i)))
        {
            yield return new Case($"raw HTML #{i}: {v}", Article(body: "Intro paragraph.\n\n" + v), Outcome.Sanitized);
            yield return new Case($"raw HTML in a paragraph #{i}", Article(body: "Intro paragraph with " + v + " inside it."), Outcome.Sanitized);
        }

        // Markdown bodies: raw HTML is sanitized; unsafe link schemes in any spelling are refused at their line.
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
            ("raw <script>", "<script>alert(1)</script>", Outcome.Sanitized),
            ("raw <img onerror>", "<img src=x onerror=alert(1)>", Outcome.Sanitized),
            ("raw <a href=javascript:>", "<a href=\"javascript:alert(1)\">x</a>", Outcome.Sanitized),
            ("raw block <iframe>", "<iframe src=\"https://evil.example\"></iframe>", Outcome.Sanitized),
            ("raw <form>", "<form action=\"https://evil.example\"><input name=p></form>", Outcome.Sanitized),
            ("link title with quotes", "[x](https://example.org \"a\\\" onmouseover=\\\"alert(1)\")", Outcome.Escaped),
            ("link title with angle brackets", "[x](https://example.org '<script>alert(1)</script>')", Outcome.Escaped),
            ("URL with quote and angle bracket", "[x](https://example.org/\"><script>alert(1)</script>)", Outcome.Escaped),
            ("code fence info string with quotes", "```\"><script>alert(1)</script> onmouseover=\"x\ncode\n```", Outcome.Escaped),
            ("code fence info string with angle brackets", "~~~<img src=x onerror=alert(1)>\ncode\n~~~", Outcome.Escaped),
            ("inline code with script", "`<script>alert(1)</script>`", Outcome.Escaped),
            ("footnote with script", "Text[^1].\n\n[^1]: <script>alert(1)</script>", Outcome.Sanitized),
            ("table cell with script", "| a | b |\n|--:|:-:|\n| <script>alert(1)</script> | <img src=x onerror=alert(1)> |", Outcome.Sanitized),
            ("figure caption with script", "^^^\n![x](https://example.org/x.jpg)\n^^^ <script>alert(1)</script>", Outcome.Sanitized),
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

        if (hostile.Expected == Outcome.Sanitized)
        {
            var checkedResult = TestSite.Build(files, new BuildOptions { CheckEverything = true });
            Assert.All(checkedResult.Errors(), e => Assert.Matches(@"^content/articles/a\.md:\d+:\d+: error: ", e));
            Assert.NotNull(checkedResult.Output);
            Assert.NotNull(checkedResult.Output.Get("articles/a/index.html"));
            SafeMarkup.AssertNone(checkedResult);
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
