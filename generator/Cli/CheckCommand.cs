using System.CommandLine;
using StaticSite.Content.Files;
using StaticSite.Diagnostics;
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
        var command = new Command("check",
            "Check content and templates and the links of every rendered page, without writing anything");
        site.AddTo(command);
        command.Add(format);
        command.SetAction(result =>
        {
            var options = site.Read(result, Console.Error);
            if (options is null) return ExitCodes.Usage;
            var chosen = Enum.Parse<DiagnosticFormat>(result.GetValue(format)!, ignoreCase: true);
            return Run(options, chosen, Console.Out, Console.Error);
        });
        return command;
    }

    /// <summary>Checks the site in memory and prints every problem; returns 1 when there is an error, 0
    /// otherwise.</summary>
    public static int Run(BuildOptions options, DiagnosticFormat format, TextWriter stdout, TextWriter stderr)
    {
        var result = CheckResult(DiskFileTree.Open(options.ContentDir), DiskFileTree.Open(options.TemplatesDir),
            options);
        var diagnostics = result.Diagnostics;
        DiagnosticPrinter.Print(diagnostics, stdout, format);
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        stderr.WriteLine($"check: {Plural.Of(errors, "error")}, {Plural.Of(diagnostics.Count - errors, "warning")}"
            + EmbargoNote.Of(result.Embargoed, result.NextLift));
        return errors > 0 ? ExitCodes.ContentErrors : ExitCodes.Success;
    }

    /// <summary>Builds in memory past content errors, with the audit and the page checks; returns every diagnostic in a
    /// stable order.</summary>
    public static IReadOnlyList<Diagnostic> Check(IFileTree content, IFileTree templates, BuildOptions options) =>
        CheckResult(content, templates, options).Diagnostics;

    private static BuildResult CheckResult(IFileTree content, IFileTree templates, BuildOptions options) =>
        new BuildPipeline().Build(content, templates,
            options with { OutputDir = null, CheckEverything = true, Audit = true });
}
