using System.CommandLine;
using StaticSite.Diagnostics;
using StaticSite.Import;

namespace StaticSite.Cli;

/// <summary><c>staticsite import --from jekyll|hugo DIR</c>: converts another generator's content folder into
/// articles of this site, reporting what it could not convert; nothing that exists is overwritten.</summary>
internal static class ImportCommand
{
    /// <summary>Declares the command and its options.</summary>
    public static Command Create()
    {
        var from = new Option<string>("--from")
        {
            Description = "The archive's generator: jekyll or hugo", Required = true,
        };
        from.AcceptOnlyFromAmong("jekyll", "hugo");
        var folder = new Argument<string>("dir") { Description = "The Jekyll site folder (with _posts/) or Hugo site " +
            "folder (with content/)" };
        var content = new Option<string>(
            "--content") { Description = "The content folder to import into", DefaultValueFactory = _ => "content" };
        var source = new Option<string?>("--source") { Description = "The source publication of every post: a key " +
            "of sources.yml" };
        var translator = new Option<string?>("--translator") { Description = "The translator of every post" };
        var format = new Option<string>("--format")
        {
            Description = "text (path:line:col: severity: message), github or json",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "github", "json");
        var command = new Command("import",
            "Import a Jekyll or Hugo archive into content/articles/, reporting what could not be converted");
        foreach (var option in new Option[] { from, content, source, translator, format }) command.Add(option);
        command.Add(folder);
        command.SetAction(result => Run(
            Enum.Parse<ArchiveKind>(result.GetValue(from)!, ignoreCase: true), result.GetValue(folder)!,
            result.GetValue(content)!, new ImportOptions(result.GetValue(source), result.GetValue(translator)),
            Enum.Parse<DiagnosticFormat>(result.GetValue(format)!, ignoreCase: true), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Imports and prints the report; 0 when the import ran (whatever it reported), 2 for unusable
    /// folders.</summary>
    public static int Run(ArchiveKind kind, string archive, string content, ImportOptions options,
        DiagnosticFormat format, TextWriter stdout, TextWriter stderr)
    {
        var posts = Path.Combine(archive, kind == ArchiveKind.Jekyll ? "_posts" : "content");
        if (!Directory.Exists(posts))
        {
            stderr.WriteLine($"error: '{archive}' has no {Path.GetFileName(posts)}/ folder; is it a " +
                $"{kind.ToString().ToLowerInvariant()} site?");
            return ExitCodes.Usage;
        }

        if (!Directory.Exists(content))
        {
            stderr.WriteLine($"error: the content folder '{content}' does not exist");
            return ExitCodes.Usage;
        }

        var report = new DiagnosticBag();
        var summary = new ArchiveImporter().Import(kind, archive, content, options, report);
        var diagnostics = report.Sorted();
        DiagnosticPrinter.Print(diagnostics, stdout, format);
        if (options.Source is null)
        {
            stderr.WriteLine("note: no --source was given: add 'source: publication:' to each imported article");
        }

        stderr.WriteLine($"import: {Plural.Of(summary.Written, "article")} written, {summary.Skipped} skipped, " +
            $"{Plural.Of(summary.Media, "media file")} copied, {Plural.Of(summary.NewTopics, "new topic")}; " +
            $"{Plural.Of(diagnostics.Count, "thing")} to look at; run 'staticsite check' next");
        return ExitCodes.Success;
    }
}
