using System.CommandLine;
using StaticSite.Checks;
using StaticSite.Content.Files;
using StaticSite.Content;
using StaticSite.Diagnostics;
using StaticSite.Indexing;
using StaticSite.Output;
using StaticSite.Pipeline;

namespace StaticSite.Cli;

/// <summary><c>staticsite check</c>: everything <c>build</c> validates, a full render in memory and a link check of the rendered pages, writing nothing.</summary>
public static class CheckCommand
{
    /// <summary>Declares the command and its options.</summary>
    public static Command Create()
    {
        var site = new SiteOptions();
        var format = new Option<string>("--format") { Description = "text (path:line:col: severity: message), github (workflow annotations) or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "github", "json");
        var command = new Command("check", "Check content and templates and the links of every rendered page, without writing anything");
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

    /// <summary>Checks the site in memory and prints every problem; returns 1 when there is an error, 0 otherwise.</summary>
    public static int Run(BuildOptions options, DiagnosticFormat format, TextWriter stdout, TextWriter stderr)
    {
        var diagnostics = Check(
            new DiskFileTree(options.ContentDir, Display(options.ContentDir)),
            new DiskFileTree(options.TemplatesDir, Display(options.TemplatesDir)),
            options);
        DiagnosticPrinter.Print(diagnostics, stdout, format);

        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        stderr.WriteLine($"check: {errors} {(errors == 1 ? "error" : "errors")}, {warnings} {(warnings == 1 ? "warning" : "warnings")}");
        return errors > 0 ? ExitCodes.ContentErrors : ExitCodes.Success;
    }

    /// <summary>Builds in memory and link-checks the rendered pages; returns every diagnostic in a stable order.</summary>
    public static IReadOnlyList<Diagnostic> Check(IFileTree content, IFileTree templates, BuildOptions options)
    {
        var result = new SiteBuilder().Build(content, templates, options with { RenderDespiteErrors = true, Audit = true });
        if (result.Output is null) return result.Diagnostics;

        var bag = new DiagnosticBag();
        foreach (var d in result.Diagnostics)
        {
            if (d.Severity == Severity.Error) bag.Error(d.Location, d.Message);
            else bag.Warning(d.Location, d.Message);
        }

        var site = result.Site!;
        var byPage = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var article in result.Articles)
        {
            var folder = site.Languages.Count > 1 && article.Language != site.Language ? "/" + article.Language : "";
            byPage[UrlMap.OutputFile(folder + UrlMap.Article(article.Slug))] = article;
        }

        new PageLinkChecker().Check(result.Output, site.BasePath, byPage, templates.DisplayPath(""), bag);
        return bag.Sorted();
    }

    private static string Display(string folder) => folder.Replace('\\', '/').TrimEnd('/');
}
