using System.Diagnostics;
using System.Globalization;
using StaticSite.Content;
using StaticSite.Content.Files;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Security;

[CollectionDefinition(nameof(DeterminismTests), DisableParallelization = true)]
public sealed class DeterminismCollection;

[Collection(nameof(DeterminismTests))]
public class DeterminismTests
{
    private static Dictionary<string, string> Site()
    {
        var files = TestSite.Basics();
        files["topics.yml"] += "istanbul:\n  title: İstanbul ıiIİ\n  description: Dotted and dotless i.\n";
        string[] titles = ["İzmir index", "Ißland straße", "Éclair", "zebra", "Zebra", "ınce", "Ärger", "apple", "İ", "i"];
        for (var i = 0; i < titles.Length; i++)
        {
            files[$"articles/{(i % 2 == 0 ? "x/" : "")}a{i}.md"] = TestSite.Article(titles[i], date: $"2021-06-{9 + i % 3:00}T23:{30 + i:00}:00+09:00", topics: i % 2 == 0 ? "[istanbul, censorship]" : "[technology]",
                body: $"Body {i} with [a link](/articles/a{(i + 1) % titles.Length}/), a | b\n\n| x | y |\n|--:|:-:|\n| 1.5 | 2,5 |",
                extra: $"author: [\"Ünal {i}\", \"ilker\"]\nplaces: [\"İstanbul\", \"istanbul\"]\n");
        }

        return files;
    }

    private static Dictionary<string, byte[]> Bytes(BuildResult result)
    {
        Assert.Empty(result.Errors());
        return result.Output!.Files.ToDictionary(f => f.Path, f => f.ReadBytes(), StringComparer.Ordinal);
    }

    private static void AssertSame(Dictionary<string, byte[]> expected, Dictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in expected) Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs");
    }

    private static readonly BuildOptions Options = new() { Now = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero) };

    /// <summary>A file tree that lists its files in reverse (or any given) order, as an unsorted file system might.</summary>
    private sealed class ReorderedTree(IFileTree inner, Func<IReadOnlyList<string>, IEnumerable<string>> order) : IFileTree
    {
        public IReadOnlyList<string> List() => order(inner.List()).ToList();

        public string ReadText(string relativePath) => inner.ReadText(relativePath);

        public byte[] ReadBytes(string relativePath) => inner.ReadBytes(relativePath);

        public string DisplayPath(string relativePath) => inner.DisplayPath(relativePath);
    }

    [Fact]
    public void Files_listed_in_another_order_give_byte_identical_output()
    {
        var files = Site();
        var templates = new DiskFileTree(Repo.PathOf("templates"), "templates");
        var expected = Bytes(new BuildPipeline().Build(new MemoryFileTree(files, "content"), templates, Options, cancellation: TestContext.Current.CancellationToken));

        var reversed = Bytes(new BuildPipeline().Build(new ReorderedTree(new MemoryFileTree(files, "content"), l => l.Reverse()), new ReorderedTree(templates, l => l.Reverse()), Options, cancellation: TestContext.Current.CancellationToken));
        var shuffledDictionary = files.OrderBy(f => f.Key.GetHashCode(StringComparison.Ordinal)).ToDictionary();
        var shuffled = Bytes(new BuildPipeline().Build(new ReorderedTree(new MemoryFileTree(shuffledDictionary, "content"), l => l.OrderBy(p => p.Length).ThenByDescending(p => p, StringComparer.Ordinal)), templates, Options, cancellation: TestContext.Current.CancellationToken));

        AssertSame(expected, reversed);
        AssertSame(expected, shuffled);
    }

    [Fact]
    public void A_turkish_culture_gives_byte_identical_output()
    {
        var files = Site();
        var expected = Bytes(TestSite.Build(files, Options));
        var (current, ui, threads, threadsUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture);
        try
        {
            var turkish = CultureInfo.GetCultureInfo("tr-TR");
            Assert.Equal("TR-TR", "tr-TR".ToUpper(turkish).Replace("İ", "I", StringComparison.Ordinal));
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = turkish;

            AssertSame(expected, Bytes(TestSite.Build(files, Options)));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture) = (current, ui, threads, threadsUi);
        }
    }

    [Fact]
    public void Another_time_zone_gives_byte_identical_output()
    {
        var root = Directory.CreateTempSubdirectory("staticsite-tz-");
        try
        {
            foreach (var (path, text) in Site())
            {
                var full = Path.Combine(root.FullName, "content", path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text);
            }

            var outputs = new List<Dictionary<string, byte[]>>();
            foreach (var zone in (string[])["UTC", "Pacific/Kiritimati", "America/Adak"])
            {
                var output = Path.Combine(root.FullName, "out-" + zone.Replace('/', '-'));
                var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "staticsite.dll"), "build", "--quiet", "--future",
                    "--content", Path.Combine(root.FullName, "content"), "--templates", Repo.PathOf("templates"), "--output", output])
                {
                    RedirectStandardError = true,
                    RedirectStandardOutput = true,
                };
                start.Environment["TZ"] = zone;
                using var process = Process.Start(start)!;
                var errors = process.StandardError.ReadToEnd();
                process.WaitForExit();
                Assert.True(process.ExitCode == 0, errors);
                outputs.Add(Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
                    .ToDictionary(f => Path.GetRelativePath(output, f), File.ReadAllBytes, StringComparer.Ordinal));
            }

            AssertSame(outputs[0], outputs[1]);
            AssertSame(outputs[0], outputs[2]);
        }
        finally
        {
            root.Delete(true);
        }
    }
}
