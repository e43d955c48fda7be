using System.Text;
using StaticSite.Cli;
using StaticSite.Content;
using StaticSite.Content.Files;
using StaticSite.Diagnostics;
using StaticSite.Indexing;
using StaticSite.Pipeline;
using StaticSite.Validation;

namespace StaticSite.Tests.Support;

/// <summary>Builds a site from files written inline in a test (Hugo-style), with the repository's real templates unless the test gives its own.</summary>
internal static class TestSite
{
    /// <summary>A minimal valid site.yml, sources.yml and topics.yml that tests extend with articles.</summary>
    public static Dictionary<string, string> Basics(string baseUrl = "https://example.org/reports/") => new()
    {
        ["site.yml"] = $"title: Test Reports\ndescription: Reports for tests.\nbase_url: {baseUrl}\nlanguage: en\npage_size: 2\narticle_cards: true\n",
        ["sources.yml"] = "daily-nk:\n  name: Daily NK\n  url: https://www.dailynk.com/\n  language: ko\n  description: Seoul-based outlet.\n",
        ["topics.yml"] = "censorship:\n  title: Censorship\n  description: Bans and crackdowns.\ntechnology:\n  title: Technology\n  description: Phones and computers.\n",
    };

    /// <summary>An article file with sensible defaults; <paramref name="extra"/> lines are added to the front matter.</summary>
    public static string Article(string title, string date = "2021-06-09", string topics = "[censorship]", string body = "Body text.", string extra = "") =>
        $"---\ntitle: \"{title}\"\ndate: {date}\ntranslators: [Yongmin Lee]\nsource:\n  publication: daily-nk\n  url: https://www.dailynk.com/example\ntopics: {topics}\n{extra}---\n{body}\n";

    /// <summary>Builds the files in memory with the repository templates.</summary>
    public static BuildResult Build(Dictionary<string, string> files, BuildOptions? options = null) =>
        new BuildPipeline().Build(new MemoryFileTree(files, "content"), new DiskFileTree(Repo.PathOf("templates"), "templates"), Audited(options));

    /// <summary>Builds the files and the binary <paramref name="media"/> (such as photographs, by content path) in
    /// memory with the repository templates.</summary>
    public static BuildResult Build(Dictionary<string, string> files, Dictionary<string, byte[]> media, BuildOptions? options = null) =>
        new BuildPipeline().Build(new MemoryFileTree(files, "content", media), new DiskFileTree(Repo.PathOf("templates"), "templates"), Audited(options));

    /// <summary>Runs what <c>check</c> runs on the files and the binary <paramref name="media"/>.</summary>
    public static IReadOnlyList<string> Check(Dictionary<string, string> files, Dictionary<string, byte[]> media, BuildOptions? options = null) =>
        CheckCommand.Check(new MemoryFileTree(files, "content", media), new DiskFileTree(Repo.PathOf("templates"), "templates"), options ?? new BuildOptions())
            .Select(d => d.ToString()).ToList();

    /// <summary>Builds with inline templates as well as inline content.</summary>
    public static BuildResult Build(Dictionary<string, string> files, Dictionary<string, string> templates, BuildOptions? options = null) =>
        new BuildPipeline().Build(new MemoryFileTree(files, "content"), new MemoryFileTree(templates, "templates"), Audited(options));

    /// <summary>Every test build runs the output audit, so every fixture site is checked for unsafe markup.</summary>
    private static BuildOptions Audited(BuildOptions? options) => (options ?? new BuildOptions()) with { Audit = true };

    /// <summary>Runs what <c>check</c> runs (build in memory, then the page link check) and returns every diagnostic as printed.</summary>
    public static IReadOnlyList<string> Check(Dictionary<string, string> files, BuildOptions? options = null) =>
        CheckCommand.Check(new MemoryFileTree(files, "content"), new DiskFileTree(Repo.PathOf("templates"), "templates"), options ?? new BuildOptions())
            .Select(d => d.ToString()).ToList();

    /// <summary>The text of one output file.</summary>
    public static string Text(this BuildResult result, string path) =>
        Encoding.UTF8.GetString((result.Output ?? throw new InvalidOperationException("the build failed:\n" + string.Join('\n', result.Diagnostics)))
            .Get(path)?.ReadBytes() ?? throw new InvalidOperationException($"no output file '{path}'"));

    /// <summary>Only the errors of a result, as printed.</summary>
    public static IReadOnlyList<string> Errors(this BuildResult result) =>
        result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList();

    /// <summary>Runs only the load, validate and index stages, for tests of the index; fails when the content has errors.</summary>
    public static SiteIndex Index(Dictionary<string, string> files, BuildOptions? options = null)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = new ContentLoader().Load(new MemoryFileTree(files, "content"), diagnostics);
        var articles = new ArticleValidator(MarkdownPipelineFactory.Create()).Validate(loaded, (options ?? new BuildOptions()).Selection, diagnostics).Articles;
        if (diagnostics.HasErrors) throw new InvalidOperationException("the content has errors:\n" + string.Join('\n', diagnostics.Sorted()));
        return new SiteIndexer().Index(loaded, articles);
    }

    /// <summary>Every output path of a successful build, in ordinal order.</summary>
    public static IReadOnlyList<string> Paths(this BuildResult result) =>
        (result.Output ?? throw new InvalidOperationException("the build failed:\n" + string.Join('\n', result.Diagnostics))).Files.Select(f => f.Path).ToList();
}
