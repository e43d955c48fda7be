using System.CommandLine;
using System.Diagnostics;
using StaticSite.Content.Files;
using StaticSite.Diagnostics;
using StaticSite.Incremental;
using StaticSite.Output;
using StaticSite.Pipeline;

namespace StaticSite.Cli;

/// <summary><c>staticsite build</c>: builds the site and publishes it atomically to the output folder.</summary>
public static class BuildCommand
{
    /// <summary>Declares the command and its options.</summary>
    public static Command Create()
    {
        var site = new SiteOptions();
        var output = new Option<string>("--output") { Description = "Where to write the site (replaced as a whole, atomically)", DefaultValueFactory = _ => "site-output" };
        var quiet = new Option<bool>("--quiet") { Description = "Print only errors and warnings" };
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage took" };
        var audit = new Option<bool>("--audit") { Description = "Parse every built page and refuse unsafe markup (scripts, event handlers, script URLs, frames, forms, inline styles); CI uses it" };
        var clean = new Option<bool>("--clean") { Description = "Render every page, ignoring the cache of the previous build" };
        var cacheDir = new Option<string?>("--cache") { Description = "Where the incremental-build cache lives (default: .<output>.cache beside the output folder)" };
        var command = new Command("build", "Build the site from content/ and templates/ into site-output/");
        site.AddTo(command);
        command.Add(output);
        command.Add(quiet);
        command.Add(timings);
        command.Add(audit);
        command.Add(clean);
        command.Add(cacheDir);
        command.SetAction(result =>
        {
            var options = site.Read(result, Console.Error);
            if (options is null) return ExitCodes.Usage;
            options = options with { OutputDir = result.GetValue(output)!, Clean = result.GetValue(clean), CacheDir = result.GetValue(cacheDir), Audit = result.GetValue(audit) };
            if (!OutputIsSeparate(options, Console.Error)) return ExitCodes.Usage;
            return Run(options, result.GetValue(quiet), Console.Out, Console.Error, result.GetValue(timings));
        });
        return command;
    }

    /// <summary>Builds and publishes; returns the process exit code.</summary>
    public static int Run(BuildOptions options, bool quiet, TextWriter stdout, TextWriter stderr, bool timings = false)
    {
        var clock = Stopwatch.StartNew();
        var cache = BuildCache.Open(options.CacheDir ?? BuildCache.DefaultFolder(options.OutputDir), options.OutputDir, options.Clean);
        var content = new DiskFileTree(options.ContentDir, Display(options.ContentDir));
        var templates = new DiskFileTree(options.TemplatesDir, Display(options.TemplatesDir));
        var inputs = InputDigest.Of(content, templates, options);
        if (cache.IsUpToDate(inputs, options.Now))
        {
            DiagnosticPrinter.Print(cache.PreviousWarnings, stderr);
            var warnings = cache.PreviousWarnings.Count;
            if (!quiet)
            {
                stdout.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"nothing changed since the last build: {options.OutputDir}/ is up to date ({cache.PreviousFileCount} files) with {warnings} {(warnings == 1 ? "warning" : "warnings")}; checked in {clock.Elapsed.TotalSeconds:0.00} s (--clean rebuilds everything)"));
            }

            return ExitCodes.Success;
        }

        var staging = StagingArea.Create(options.OutputDir, updates: cache.HasPrevious);
        BuildResult result;
        var progress = new BuildProgress();
        try
        {
            using var reporter = new ProgressReporter(progress, stderr, ReferenceEquals(stderr, Console.Error) && ProgressReporter.Suitable(quiet));
            result = new SiteBuilder().Build(
                content,
                templates,
                options,
                staging,
                cache,
                progress);
        }
        catch
        {
            staging.Abort();
            throw;
        }

        DiagnosticPrinter.Print(result.Diagnostics, stderr);
        if (result.Failed)
        {
            staging.Abort();
            var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
            stderr.WriteLine($"build failed: {errors} {(errors == 1 ? "error" : "errors")}, {result.WarningCount} {(result.WarningCount == 1 ? "warning" : "warnings")}; {options.OutputDir}/ was left as it was");
            return ExitCodes.ContentErrors;
        }

        var publishClock = Stopwatch.StartNew();
        var publishProcessor = StageTimer.ProcessorTime();
        var publishAllocated = GC.GetTotalAllocatedBytes();
        cache.Invalidate();
        new SitePublisher().Publish(result.Output!, options.OutputDir);
        cache.Save(inputs, result.NextDue, result.Diagnostics, result.Output!.Paths.AsParallel().Select(p => (p, new FileInfo(Path.Combine(options.OutputDir, p)).Length)));
        if (timings)
        {
            foreach (var stage in result.Timings.Append(new StageTiming("write", publishClock.Elapsed, StageTimer.ProcessorTime() - publishProcessor, GC.GetTotalAllocatedBytes() - publishAllocated)))
            {
                stdout.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"  {stage.Stage,-14}{stage.Elapsed.TotalMilliseconds,9:0} ms wall {stage.Processor.TotalMilliseconds,9:0} ms CPU {stage.AllocatedBytes / (1024 * 1024),7} MB allocated"));
            }

            stdout.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"  {"GC pauses",-14}{GC.GetTotalPauseDuration().TotalMilliseconds,9:0} ms in {GC.CollectionCount(0)} collections ({GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2), {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MB allocated"));
        }

        if (!quiet)
        {
            var pages = result.Output!.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
            stdout.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"built {pages} pages ({cache.Reused} unchanged, {result.Output.Count} files, {result.ArticleCount} {(result.ArticleCount == 1 ? "article" : "articles")}) into {options.OutputDir}/ with {result.WarningCount} {(result.WarningCount == 1 ? "warning" : "warnings")} in {clock.Elapsed.TotalSeconds:0.00} s, peak memory {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB"));
        }

        return ExitCodes.Success;
    }

    private static bool OutputIsSeparate(BuildOptions options, TextWriter error)
    {
        var output = Path.GetFullPath(options.OutputDir).TrimEnd('/') + "/";
        foreach (var input in (string[])[options.ContentDir, options.TemplatesDir])
        {
            var full = Path.GetFullPath(input).TrimEnd('/') + "/";
            if (full.StartsWith(output, StringComparison.Ordinal) || output.StartsWith(full, StringComparison.Ordinal))
            {
                error.WriteLine($"error: --output '{options.OutputDir}' overlaps the input folder '{input}'; the output folder is replaced as a whole");
                return false;
            }
        }

        if (output == "/" || output == Path.GetFullPath(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)).TrimEnd('/') + "/")
        {
            error.WriteLine($"error: refusing to replace '{options.OutputDir}' as the output folder");
            return false;
        }

        return true;
    }

    private static string Display(string folder) => folder.Replace('\\', '/').TrimEnd('/');
}
