using System.CommandLine;
using StaticSite.Content.Files;
using StaticSite.Diagnostics;
using StaticSite.Incremental;
using StaticSite.Pipeline;

namespace StaticSite.Cli;

/// <summary><c>staticsite check</c>: everything <c>build</c> validates, a full render in memory and a check of every
/// rendered page's links, anchors and markup, writing nothing.</summary>
internal static class CheckCommand
{
    /// <summary>Declares the command and its options.</summary>
    public static Command Create()
    {
        var site = new SiteOptions();
        var format = new Option<string>("--format")
        {
            Description = "text (path:line:col: severity: message), github (workflow annotations) or json",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "github", "json");
        var output = new Option<string>("--output")
        {
            Description = "The published site whose addresses the permalink guard compares with (it reads the record " +
                "in the cache folder beside it)",
            DefaultValueFactory = _ => "site-output",
        };
        var cacheDir = new Option<string?>("--cache")
        {
            Description = "The cache folder holding that record (default: .<output>.cache beside the output folder)",
        };
        var allowRemoved = new Option<bool>("--allow-removed")
        {
            Description = "Report addresses the last build published that are gone as warnings, not errors",
        };
        var command = new Command("check",
            "Check content and templates and the links of every rendered page, without writing anything");
        site.AddTo(command);
        foreach (var option in (Option[])[format, output, cacheDir, allowRemoved]) command.Add(option);
        command.SetAction(result =>
        {
            var options = site.Read(result, Console.Error);
            if (options is null) return ExitCodes.Usage;
            var cache = result.GetValue(cacheDir) ?? BuildState.DefaultFolder(result.GetValue(output)!);
            options = options with
            {
                PermalinkRecord = Path.Combine(cache, PublishedUrls.FileName),
                AllowRemoved = result.GetValue(allowRemoved),
            };
            var chosen = Enum.Parse<DiagnosticFormat>(result.GetValue(format)!, ignoreCase: true);
            return Run(options, chosen, Console.Out, Console.Error, result.GetValue(output));
        });
        return command;
    }

    /// <summary>Checks the site in memory and prints every problem; returns 1 when there is an error, 0 otherwise.
    /// When <paramref name="published"/> names a published site but the permalink guard had no record of its
    /// addresses, says so.</summary>
    public static int Run(BuildOptions options, DiagnosticFormat format, TextWriter stdout, TextWriter stderr,
        string? published = null)
    {
        var result = CheckSite(DiskFileTree.Open(options.ContentDir), DiskFileTree.Open(options.TemplatesDir),
            options);
        var diagnostics = result.Diagnostics;
        DiagnosticPrinter.Print(diagnostics, stdout, format);
        if (result.PermalinkNote is { } note && published is not null && Directory.Exists(published))
        {
            stderr.WriteLine(note);
        }

        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        stderr.WriteLine($"check: {Plural.Of(errors, "error")}, {Plural.Of(diagnostics.Count - errors, "warning")}"
            + EmbargoNote.Of(result.Embargoed, result.NextLift));
        return errors > 0 ? ExitCodes.ContentErrors : ExitCodes.Success;
    }

    /// <summary>Builds in memory past content errors, with the audit and the page checks; returns every diagnostic in a
    /// stable order.</summary>
    public static IReadOnlyList<Diagnostic> Check(IFileTree content, IFileTree templates, BuildOptions options) =>
        CheckSite(content, templates, options).Diagnostics;

    /// <summary>As <see cref="Check"/>, with the whole result (the permalink guard's note besides the
    /// diagnostics).</summary>
    public static BuildResult CheckSite(IFileTree content, IFileTree templates, BuildOptions options) =>
        new BuildPipeline().Build(content, templates,
            options with { OutputDir = null, CheckEverything = true, Audit = true });
}
