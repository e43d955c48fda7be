using System.Text;
using StaticSite.Content.Files;
using StaticSite.Output;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Site;

/// <summary>Builds tests/Fixtures/golden and compares every output file with expected/; run with UPDATE_GOLDEN=1 to rewrite expected/.</summary>
public class GoldenSiteTests
{
    private static string Fixture(params string[] parts) => Repo.PathOf(["tests", "Fixtures", "golden", .. parts]);

    [Fact]
    public void Golden_site_output_matches_the_expected_files()
    {
        MissingTool.SkipIfMissing(MissingTool.CardFontMissing);
        var result = new BuildPipeline().Build(
            new DiskFileTree(Fixture("content"), "content"), new DiskFileTree(Repo.PathOf("templates"), "templates"),
            new BuildOptions { Now = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero) }, cancellation: TestContext.Current.CancellationToken);
        Assert.False(result.Failed, string.Join('\n', result.Diagnostics));
        Assert.Equal(["content/articles/2021/phone-checks.md:15:72: warning: use 'South Pyongan Province', not 'South Phyongan' (glossary)"],
            result.Diagnostics.Select(d => d.ToString()));
        var actual = result.Output!.Files.ToDictionary(f => f.Path, f => f.ReadBytes(), StringComparer.Ordinal);
        // What a published build adds beside the pages, so expected/ is byte for byte what `build` writes (CI diffs it with the native binary's build).
        actual[OutputMarker.FileName] = OutputMarker.For(actual.Keys);
        var expectedDir = Fixture("expected");

        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            if (Directory.Exists(expectedDir)) Directory.Delete(expectedDir, true);
            foreach (var (path, bytes) in actual)
            {
                var full = Path.Combine(expectedDir, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllBytes(full, bytes);
            }

            return;
        }

        Assert.True(Directory.Exists(expectedDir), $"{expectedDir} is missing: run UPDATE_GOLDEN=1 dotnet test --filter Golden");
        var expected = Directory.GetFiles(expectedDir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(expectedDir, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

        var problems = new List<string>();
        foreach (var path in expected.Keys.Except(actual.Keys).Order(StringComparer.Ordinal)) problems.Add($"missing from the build: {path}");
        foreach (var path in actual.Keys.Except(expected.Keys).Order(StringComparer.Ordinal)) problems.Add($"not in expected/: {path}");
        foreach (var path in actual.Keys.Intersect(expected.Keys).Order(StringComparer.Ordinal))
        {
            if (!actual[path].AsSpan().SequenceEqual(expected[path])) problems.Add($"changed: {path}\n{FirstDifference(expected[path], actual[path])}");
        }

        Assert.True(problems.Count == 0,
            $"the golden site differs from tests/Fixtures/golden/expected/ ({problems.Count} files); if the change is intended, run UPDATE_GOLDEN=1 dotnet test --filter Golden\n"
            + string.Join('\n', problems));
    }

    private static string FirstDifference(byte[] expected, byte[] actual)
    {
        var e = Encoding.UTF8.GetString(expected).Split('\n');
        var a = Encoding.UTF8.GetString(actual).Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end of file>";
            var al = i < a.Length ? a[i] : "<end of file>";
            if (el != al) return $"  line {i + 1}\n  expected: {el}\n  actual:   {al}";
        }

        return "  (bytes differ, lines equal)";
    }
}
