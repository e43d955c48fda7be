using StaticSite.Content;
using StaticSite.Diagnostics;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;
using StaticSite.Validation;

namespace StaticSite.Tests.Validation;

public class GlossaryTests
{
    private static readonly BuildOptions Options = new() { Now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) };

    private const string Glossary = """
        kim-jong-un:
          preferred: Kim Jong Un
          variants: [Kim Jong-un, Kim Jong-Un]
          kind: person
          original: 김정은
          note: Romanization used by the collection's style guide.
        wpk:
          preferred: Workers' Party of Korea
          variants: [Workers' Party]
          kind: organization
        hyesan:
          preferred: Hyesan
          variants: [hyesan city]
          kind: place
          ignore_case: true
        """;

    private static GlossaryEntry Entry(string preferred, string[] variants, bool ignoreCase = false) =>
        new("k", preferred, variants, "term", null, null, ignoreCase, new SourceLocation("glossary.yml", 1, 1));

    private static List<string> Found(string text, params GlossaryEntry[] entries) =>
        new GlossaryMatcher(entries).Find(text).Select(m => text.Substring(m.Start, m.Length)).ToList();

    private static List<Diagnostic> Warnings(Dictionary<string, string> files) =>
        TestSite.Build(files, Options).Diagnostics.Where(d => d.Severity == Severity.Warning).ToList();

    [Fact]
    public void A_variant_is_found_only_as_whole_words()
    {
        var entry = Entry("Kim Jong Un", ["Kim Jong-un"]);

        Assert.Equal(["Kim Jong-un", "Kim Jong-un"], Found("Kim Jong-un met Kim Jong-un.", entry));
        Assert.Empty(Found("XKim Jong-un and Kim Jong-unite", entry));
    }

    [Fact]
    public void Case_is_ignored_only_where_the_entry_says_so()
    {
        Assert.Empty(Found("KIM JONG-UN", Entry("Kim Jong Un", ["Kim Jong-un"])));
        Assert.Equal(["KIM JONG-UN"], Found("KIM JONG-UN", Entry("Kim Jong Un", ["Kim Jong-un"], ignoreCase: true)));
    }

    [Fact]
    public void A_variant_inside_a_longer_preferred_form_is_not_flagged()
    {
        var entry = Entry("Workers' Party of Korea", ["Workers' Party"]);

        Assert.Equal(["Workers’ Party"], Found("The Workers' Party of Korea and the Workers’ Party.", entry));
    }

    [Fact]
    public void The_longest_variant_wins_and_thousands_of_entries_still_match_in_one_pass()
    {
        var entries = Enumerable.Range(0, 2000).Select(i => Entry($"Name{i} Preferred", [$"Name{i} Variant", $"Name{i}"]))
            .Append(Entry("Kim Jong Un", ["Kim Jong-un"])).ToArray();

        Assert.Equal(["Name7 Variant", "Name1999", "Kim Jong-un"], Found("Name7 Variant, Name1999 and Kim Jong-un; Name7 Preferred.", entries));
    }

    [Fact]
    public void Check_warns_at_the_line_and_column_of_each_variant_in_title_summary_caption_and_body()
    {
        var files = TestSite.Basics();
        files["glossary.yml"] = Glossary;
        files["articles/a.md"] = "---\ntitle: \"A visit by Kim Jong-un\"\ndate: 2021-06-09\ntranslators: [Y]\nsummary: The Workers' Party met.\n"
            + "source:\n  publication: daily-nk\n  url: https://www.dailynk.com/a\ntopics: [censorship]\n"
            + "image:\n  caption: A market in hyesan City\n  credit: Daily NK\n---\nFirst line.\n\nThey said Kim Jong-Un and the Workers’ Party of Korea agreed.\n";

        var warnings = Warnings(files).Select(d => d.ToString()).ToList();

        Assert.Equal(
        [
            "content/articles/a.md:2:20: warning: use 'Kim Jong Un', not 'Kim Jong-un' (glossary)",
            "content/articles/a.md:5:14: warning: use 'Workers' Party of Korea', not 'Workers' Party' (glossary)",
            "content/articles/a.md:11:24: warning: use 'Hyesan', not 'hyesan City' (glossary)",
            "content/articles/a.md:16:11: warning: use 'Kim Jong Un', not 'Kim Jong-Un' (glossary)",
        ], warnings);
    }

    [Fact]
    public void The_seed_article_gets_a_warning_at_the_place_of_kim_jong_un()
    {
        var files = Directory.EnumerateFiles(Repo.PathOf("content"), "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Repo.PathOf("content"), f).Replace('\\', '/'), File.ReadAllText);
        files["glossary.yml"] = Glossary;
        var lines = files["articles/2026/private-video-ban.md"].Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("Kim Jong-un", StringComparison.Ordinal));

        var warnings = Warnings(files).Select(d => d.ToString()).ToList();

        Assert.Contains($"content/articles/2026/private-video-ban.md:{line + 1}:{lines[line].IndexOf("Kim Jong-un", StringComparison.Ordinal) + 1}: "
            + "warning: use 'Kim Jong Un', not 'Kim Jong-un' (glossary)", warnings);
    }

    [Fact]
    public void Glossary_mistakes_are_reported_in_glossary_yml()
    {
        var files = TestSite.Basics();
        files["glossary.yml"] = "a:\n  variants: [x]\nb:\n  preferred: B\n  variants: [B, A2]\n  kind: persn\nc:\n  preferred: A2\n";
        files["articles/a.md"] = TestSite.Article("T");

        var diagnostics = TestSite.Build(files, Options).Diagnostics.Select(d => d.ToString()).ToList();

        Assert.Contains("content/glossary.yml:1:1: error: glossary entry 'a' needs a 'preferred' form", diagnostics);
        Assert.Contains("content/glossary.yml:6:9: error: 'kind' must be one of person, organization, place, term, not 'persn' (did you mean 'person'?)", diagnostics);
        Assert.Contains("content/glossary.yml:5:14: error: the variant 'B' is the preferred form itself", diagnostics);
        Assert.Contains(diagnostics, d => d.Contains("the variant 'A2' of 'b' is the preferred form of 'c'", StringComparison.Ordinal));
    }
}
