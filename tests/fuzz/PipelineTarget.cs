using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using StaticSite.Checks;
using StaticSite.Content.Files;
using StaticSite.Diagnostics;
using StaticSite.Pipeline;

namespace StaticSite.Fuzz;

/// <summary>Builds a whole site in memory with the input as its one article and the repository's templates, then checks what the replay test checks: no internal error, every error located in content, no unsafe markup on any page.</summary>
public sealed partial class PipelineTarget
{
    private static readonly Dictionary<string, string> Basics = new(StringComparer.Ordinal)
    {
        ["site.yml"] = "title: Fuzz Reports\ndescription: Reports for fuzzing.\nbase_url: https://example.org/reports/\nlanguage: en\npage_size: 2\n",
        ["sources.yml"] = "daily-nk:\n  name: Daily NK\n  url: https://www.dailynk.com/\n  language: ko\n  description: Seoul-based outlet.\n",
        ["topics.yml"] = "censorship:\n  title: Censorship\n  description: Bans and crackdowns.\ntechnology:\n  title: Technology\n  description: Phones and computers.\n",
    };

    private readonly MemoryFileTree _templates = LoadTemplates();
    private readonly HtmlParser _parser = new();
    private readonly BuildOptions _options = new() { Now = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero) };

    /// <summary>Builds the site with <paramref name="input"/> as <c>articles/fuzz.md</c>; throws <see cref="FuzzViolation"/> when a property breaks.</summary>
    public void Run(byte[] input)
    {
        var files = new Dictionary<string, string>(Basics, StringComparer.Ordinal) { ["articles/fuzz.md"] = FuzzCommand.Decode(input) };
        var result = new BuildPipeline().Build(new MemoryFileTree(files, "content"), _templates, _options);

        foreach (var error in result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()))
        {
            if (error.Contains("internal error", StringComparison.Ordinal)) throw new FuzzViolation(error);
            if (!LocatedInContent().IsMatch(error)) throw new FuzzViolation($"error not located in content: {error}");
        }

        if (result.Failed) return;
        foreach (var page in result.Output!.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var finding = OutputAuditor.Findings(_parser, Encoding.UTF8.GetString(page.ReadBytes()), "/reports/").FirstOrDefault();
            if (finding is not null) throw new FuzzViolation($"unsafe markup in /{page.Path}: {finding}");
        }
    }

    [GeneratedRegex(@"^content/[^:]+:\d+:\d+: error: ")]
    private static partial Regex LocatedInContent();

    private static MemoryFileTree LoadTemplates()
    {
        var folder = Environment.GetEnvironmentVariable("STATICSITE_TEMPLATES") ?? FindTemplates();
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);
        return new MemoryFileTree(files, "templates");
    }

    private static string FindTemplates()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "StaticSite.sln"))) return Path.Combine(folder.FullName, "templates");
            }
        }

        throw new InvalidOperationException("templates not found: run from the repository or set STATICSITE_TEMPLATES");
    }
}
