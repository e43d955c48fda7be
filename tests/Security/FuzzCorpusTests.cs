using System.Text;
using StaticSite.Content;
using StaticSite.Content.Yaml;
using StaticSite.Diagnostics;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Security;

public class FuzzCorpusTests
{
    private static readonly string Folder = Repo.PathOf("tests", "Fixtures", "fuzz-corpus");

    public static TheoryData<string> Files() =>
        new(Directory.EnumerateFiles(Folder, "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    private static string Read(string name) => new UTF8Encoding(false).GetString(File.ReadAllBytes(Path.Combine(Folder, name)));

    [Theory]
    [MemberData(nameof(Files))]
    public void The_front_matter_reader_gives_only_diagnostics(string name)
    {
        var diagnostics = new DiagnosticBag();
        var split = FrontMatterSplitter.Split(Read(name), name, diagnostics);
        if (split is not null && YamlReader.Read(split.FrontMatter, name, split.FrontMatterLine - 1, diagnostics) is YamlMapping mapping)
        {
            FrontMatterReader.Read(mapping, diagnostics);
        }

        Assert.All(diagnostics.Sorted(), d => Assert.Equal(name, d.Location.Path));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_whole_page_pipeline_gives_only_diagnostics_or_a_safe_site(string name)
    {
        var files = TestSite.Basics();
        files["articles/fuzz.md"] = Read(name);

        var result = TestSite.Build(files);

        Assert.DoesNotContain(result.Errors(), e => e.Contains("internal error", StringComparison.Ordinal));
        Assert.All(result.Errors(), e => Assert.Matches(@"^content/[^:]+:\d+:\d+: error: ", e));
        if (!result.Failed) SafeMarkup.AssertNone(result);
    }
}
