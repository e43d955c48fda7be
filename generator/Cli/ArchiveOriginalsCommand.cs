using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StaticSite.Archiving;
using StaticSite.Content.Files;
using StaticSite.Diagnostics;

namespace StaticSite.Cli;

/// <summary><c>staticsite archive-originals</c>: lists the originals that have no archived copy (text or JSON), for an
/// operator or a scheduled job; only with <c>--submit</c> does it ask the Wayback Machine for snapshots (the one
/// network call the generator makes) and print the <c>archived:</c> lines to add.</summary>
internal static class ArchiveOriginalsCommand
{
    /// <summary>What the command was asked for.</summary>
    public sealed record Request(string ContentDir, bool Json, bool Submit, int Limit);

    /// <summary>Declares the command and its options.</summary>
    public static Command Create()
    {
        var content = new Option<string>("--content")
        {
            Description = "The content folder", DefaultValueFactory = _ => "content",
        };
        var format = new Option<string>("--format")
        {
            Description = "text (path:line:col: address) or json", DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var submit = new Option<bool>("--submit")
        {
            Description = "Ask the Wayback Machine to archive each original and print the 'archived:' lines to add " +
                "(without it, nothing goes to the network)",
        };
        var limit = new Option<int>("--limit")
        {
            Description = "With --submit: at most this many originals per run", DefaultValueFactory = _ => 10,
        };
        var command = new Command("archive-originals",
            "List the originals (source.url) that have no archived copy (source.archived); --submit archives them");
        foreach (var option in (Option[])[content, format, submit, limit]) command.Add(option);
        command.SetAction(async (result, cancellation) =>
        {
            var request = new Request(result.GetValue(content)!, result.GetValue(format) == "json",
                result.GetValue(submit), result.GetValue(limit));
            using var handler = new SocketsHttpHandler();
            return await RunAsync(request, Console.Out, Console.Error,
                new WaybackSubmitter(handler, WaybackSubmitter.PublicEndpoint, TimeSpan.FromSeconds(5)), cancellation);
        });
        return command;
    }

    /// <summary>Lists (and with <c>Submit</c>, archives through <paramref name="submitter"/>) the originals without a
    /// snapshot; 0 on success, 1 when the content cannot be read or a submission failed, 2 for a missing
    /// folder.</summary>
    public static async Task<int> RunAsync(Request request, TextWriter stdout, TextWriter stderr,
        WaybackSubmitter submitter, CancellationToken cancellation)
    {
        if (!Directory.Exists(request.ContentDir))
        {
            stderr.WriteLine($"error: the content folder '{request.ContentDir}' does not exist");
            return ExitCodes.Usage;
        }

        var diagnostics = new DiagnosticBag();
        var originals = OriginalsFinder.Find(DiskFileTree.Open(request.ContentDir), diagnostics);
        var errors = diagnostics.Sorted().Where(d => d.Severity == Severity.Error).ToList();
        DiagnosticPrinter.Print(errors, stderr);
        if (errors.Count > 0) return ExitCodes.ContentErrors;
        if (!request.Submit)
        {
            if (request.Json) stdout.Write(Json(originals));
            else foreach (var o in originals) stdout.WriteLine($"{o.At}: {o.Url}{Since(o)}");
            stderr.WriteLine($"archive-originals: {Plural.Of(originals.Count, "original")} without an archived copy");
            return ExitCodes.Success;
        }

        var chosen = originals.Take(Math.Max(0, request.Limit)).ToList();
        var results = await submitter.SubmitAsync(chosen, cancellation);
        foreach (var r in results)
        {
            if (r.Snapshot is null) stderr.WriteLine($"{r.Original.At}: error: {r.Original.Url}: {r.Problem}");
            else stdout.WriteLine($"{r.Original.At}: archived; add under 'source:'\n  archived:\n    url: " +
                $"{r.Snapshot}\n    date: {r.Taken!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        }

        var failed = results.Count(r => r.Snapshot is null);
        stderr.WriteLine($"archive-originals: {Plural.Of(results.Count - failed, "snapshot")} taken, {failed} failed, " +
            $"{originals.Count - chosen.Count} left for a later run");
        return failed > 0 ? ExitCodes.ContentErrors : ExitCodes.Success;
    }

    private static string Since(UnarchivedOriginal o) => o.Published is { } p
        ? $" (original of {p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})" : "";

    private static string Json(IReadOnlyList<UnarchivedOriginal> originals)
    {
        using var bytes = new MemoryStream();
        using (var json = new Utf8JsonWriter(bytes, new JsonWriterOptions
        {
            Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), NewLine = "\n",
        }))
        {
            json.WriteStartArray();
            foreach (var o in originals)
            {
                json.WriteStartObject();
                json.WriteString("file", o.At.Path);
                json.WriteNumber("line", o.At.Line);
                json.WriteNumber("column", o.At.Column);
                json.WriteString("url", o.Url);
                if (o.Published is { } p)
                {
                    json.WriteString("published", p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(bytes.ToArray()) + "\n";
    }
}
