using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using StaticSite.Content.Files;
using StaticSite.Diagnostics;
using StaticSite.Incremental;
using StaticSite.Output;
using StaticSite.Pipeline;

namespace StaticSite.Cli;

/// <summary><c>staticsite build</c>: builds the site and publishes it atomically to the output folder.</summary>
internal static class BuildCommand
{
    /// <summary>Declares the command and its options.</summary>
    public static Command Create()
    {
        var site = new SiteOptions();
        var output = new Option<string>(
            "--output") { Description = "Where to write the site (replaced as a whole, atomically)",
                DefaultValueFactory = _ => "site-output" };
        var quiet = new Option<bool>("--quiet") { Description = "Print only errors and warnings" };
        var timings = new Option<bool>("--timings") { Description = "Print how long each step took" };
        var audit = new Option<bool>("--audit")
        {
            Description = "Parse every built page and refuse unsafe markup (scripts, event handlers, script URLs, " +
                "frames, forms, inline styles); CI uses it",
        };
        var clean = new Option<bool>("--clean") { Description = "Render every page, ignoring the cache of the " +
            "previous build" };
        var cacheDir = new Option<string?>(
            "--cache") { Description = "Where the incremental-build cache lives (default: .<output>.cache beside the " +
                "output folder)" };
        var allowRemoved = new Option<bool>("--allow-removed")
        {
            Description = "Accept, this once, that addresses the last build published are gone (the permalink guard " +
                "reports them as warnings)",
        };
        var force = new Option<bool>("--force") { Description = "Replace the output folder even if it is not a site " +
            "this generator built (everything in it is deleted)" };
        var noWait = new Option<bool>("--no-wait") { Description = "Fail at once (exit code " +
            $"{ExitCodes.Busy}) instead of waiting when another build is writing to the same output folder" };
        var command = new Command("build", "Build the site from content/ and templates/ into site-output/");
        site.AddTo(command);
        foreach (var option in (Option[])[output, quiet, timings, audit, clean, cacheDir, force, noWait, allowRemoved])
        {
            command.Add(option);
        }

        command.SetAction(result =>
        {
            var options = site.Read(result, Console.Error);
            if (options is null) return ExitCodes.Usage;
            options = options with
            {
                OutputDir = result.GetValue(output)!,
                Clean = result.GetValue(clean),
                CacheDir = result.GetValue(cacheDir),
                Audit = result.GetValue(audit),
                AllowRemoved = result.GetValue(allowRemoved),
                Force = result.GetValue(force),
                Wait = !result.GetValue(noWait),
            };
            if (!OutputIsSeparate(options, Console.Error)) return ExitCodes.Usage;
            return Run(options, result.GetValue(quiet), Console.Out, Console.Error, result.GetValue(timings));
        });
        return command;
    }

    /// <summary>Builds and publishes to <c>options.OutputDir</c>; returns the process exit code.</summary>
    public static int Run(BuildOptions options, bool quiet, TextWriter stdout, TextWriter stderr, bool timings = false)
    {
        var clock = Stopwatch.StartNew();
        var outputDir = options.OutputDir
            ?? throw new ArgumentException("build needs an output folder", nameof(options));
        var published = Directory.Exists(outputDir);
        var cache = options.CacheDir ?? BuildState.DefaultFolder(outputDir);
        var state = BuildState.OnDisk(cache, outputDir, options.Clean);
        options = options with { PermalinkRecord = options.PermalinkRecord ?? Path.Combine(cache,
            PublishedUrls.FileName) };
        var progress = new BuildProgress
        {
            Waiting = pid => stderr.WriteLine(pid is null
                ? $"waiting for another build into {outputDir}/ to finish (--no-wait fails at once instead)"
                : $"waiting for the build in process {pid} to finish writing {outputDir}/ (--no-wait fails at once " +
                    "instead)"),
        };
        BuildResult result;
        var showProgress = ReferenceEquals(stderr, Console.Error) && ProgressReporter.Suitable(quiet);
        using (new ProgressReporter(progress, stderr, showProgress))
        {
            result = new BuildPipeline(state)
                .Build(DiskFileTree.Open(options.ContentDir), DiskFileTree.Open(options.TemplatesDir), options,
                    progress);
        }

        DiagnosticPrinter.Print(result.Diagnostics, stderr);
        if (result.PermalinkNote is { } note && published && !quiet) stderr.WriteLine(note);
        foreach (var warning in result.Notes) stderr.WriteLine($"warning: {warning}");
        if (result.Problem is { } problem) return Refused(problem, stderr);

        if (result.Failed)
        {
            stderr.WriteLine($"build failed: {Plural.Of(result.ErrorCount, "error")}, " +
                $"{Plural.Of(result.WarningCount, "warning")}; {outputDir}/ was left as it was");
            return ExitCodes.ContentErrors;
        }

        if (timings) PrintTimings(result.Timings, stdout);
        if (quiet) return ExitCodes.Success;
        var seconds = clock.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        if (result.UpToDate)
        {
            stdout.WriteLine($"nothing changed since the last build: {outputDir}/ is up to date ({result.FileCount} " +
                $"files) with "
                + $"{Plural.Of(result.WarningCount, "warning")}{Future(result)}; checked in {seconds} s (--clean " +
                    "rebuilds everything)" + EmbargoNote.Of(result.Embargoed, result.NextLift));
            return ExitCodes.Success;
        }

        var pages = result.Output!.Paths.Count(p => p.EndsWith(".html", StringComparison.Ordinal));
        using var process = Process.GetCurrentProcess();
        stdout.WriteLine($"built {pages} pages ({result.ReusedPages} unchanged, {result.FileCount} files, " +
            $"{Plural.Of(result.ArticleCount, "article")}) "
            + $"into {outputDir}/ with {Plural.Of(result.WarningCount, "warning")}{Future(result)} in {seconds} s, " +
                $"peak memory {process.PeakWorkingSet64 / (1024 * 1024)} MB" + EmbargoNote.Of(result.Embargoed,
                    result.NextLift));
        return ExitCodes.Success;
    }

    /// <summary>Prints why the output could not be written; returns its exit code.</summary>
    private static int Refused(OutputProblem problem, TextWriter stderr)
    {
        stderr.WriteLine($"error: {problem.Message}");
        return problem.Kind switch
        {
            OutputProblemKind.Busy => ExitCodes.Busy,
            OutputProblemKind.FileSystem => ExitCodes.FileSystem,
            _ => ExitCodes.ContentErrors,
        };
    }

    /// <summary>", 2 articles dated in the future left out (the next is due 2026-12-24 09:00 UTC; --future includes
    /// them)", or nothing.</summary>
    private static string Future(BuildResult result) =>
        result is { FutureCount: > 0, FutureDue: { } due }
            ? $", {Plural.Of(result.FutureCount, "article")} dated in the future left out (the next is due " +
                $"{due.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC; --future " +
                    "includes them)"
            : "";

    private static void PrintTimings(IReadOnlyList<StepTiming> steps, TextWriter stdout)
    {
        foreach (var step in steps)
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {step.Step,-17}{step.Elapsed.TotalMilliseconds,9:0} ms wall " +
                    $"{step.Processor.TotalMilliseconds,9:0} ms CPU {step.AllocatedBytes / (1024 * 1024),7} MB " +
                        $"allocated"));
        }

        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {"GC pauses",-17}{GC.GetTotalPauseDuration().TotalMilliseconds,9:0} ms in {GC.CollectionCount(0)} " +
                $"collections ({GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2), " +
                    $"{GC.GetTotalAllocatedBytes() / (1024 * 1024)} MB allocated"));
    }

    private static bool OutputIsSeparate(BuildOptions options, TextWriter error)
    {
        var output = Path.GetFullPath(options.OutputDir!).TrimEnd('/') + "/";
        foreach (var input in (string[])[options.ContentDir, options.TemplatesDir])
        {
            var full = Path.GetFullPath(input).TrimEnd('/') + "/";
            if (full.StartsWith(output, StringComparison.Ordinal) || output.StartsWith(full, StringComparison.Ordinal))
            {
                error.WriteLine($"error: --output '{options.OutputDir}' overlaps the input folder '{input}'; the " +
                    $"output folder is replaced as a whole");
                return false;
            }
        }

        if (output == "/" || output == Path.GetFullPath(
            Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)).TrimEnd('/') + "/")
        {
            error.WriteLine($"error: refusing to replace '{options.OutputDir}' as the output folder");
            return false;
        }

        return true;
    }
}
