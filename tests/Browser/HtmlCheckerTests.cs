using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class HtmlCheckerTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task The_Nu_Html_Checker_finds_no_errors_on_any_page_or_in_the_stylesheet()
    {
        MissingTool.SkipIfMissing(BrowserEnvironment.CheckerMissing);
        using var folder = new TempFolder();
        var site = fixture.Site.Output!;
        var files = site.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) || f.Path.EndsWith(".css", StringComparison.Ordinal)).ToList();
        foreach (var file in files)
        {
            var full = Path.Combine(folder.Path, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            await File.WriteAllBytesAsync(full, file.ReadBytes(), TestContext.Current.CancellationToken);
        }

        var messages = await RunCheckerAsync(folder.Path);

        var errors = messages.Select(m => (File: Path.GetRelativePath(folder.Path, Uri.UnescapeDataString(m.Url.StartsWith("file:", StringComparison.Ordinal) ? m.Url[5..] : m.Url)).Replace('\\', '/'), m.Line, m.Text)).ToList();
        Print($"Nu Html Checker errors per page kind ({files.Count} files checked, {errors.Count} errors in all):");
        foreach (var (kind, path) in BrowserSite.PageKinds)
        {
            Print(string.Create(CultureInfo.InvariantCulture, $"  {kind,-16} {errors.Count(e => e.File == BrowserSite.FileOf(path))}"));
        }

        Print(string.Create(CultureInfo.InvariantCulture, $"  {"stylesheet",-16} {errors.Count(e => e.File.EndsWith(".css", StringComparison.Ordinal))}"));
        Assert.True(errors.Count == 0, string.Join('\n', errors.Select(e => $"{e.File}:{e.Line}: {e.Text}")));
    }

    private void Print(string line) => BrowserEnvironment.Report(output, line);

    private static async Task<IReadOnlyList<(string Url, int Line, string Text)>> RunCheckerAsync(string folder)
    {
        var start = new ProcessStartInfo(BrowserEnvironment.Java!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { "-jar", BrowserEnvironment.VnuJar, "--errors-only", "--format", "json", "--stdout", "--also-check-css", "--skip-non-html", folder },
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var json = await stdout;
        Assert.True(json.TrimStart().StartsWith('{'), $"the checker printed no report (exit {process.ExitCode}): {await stderr}");
        using var report = JsonDocument.Parse(json);
        return report.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => (
                m.TryGetProperty("url", out var url) ? url.GetString()! : "file:" + folder,
                m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
                m.GetProperty("message").GetString()!))
            .ToList();
    }
}
