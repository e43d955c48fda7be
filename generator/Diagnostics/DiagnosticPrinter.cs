using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace StaticSite.Diagnostics;

/// <summary>Prints diagnostics as <c>path:line:col: severity: message</c> lines, GitHub workflow annotations, or a JSON
/// array.</summary>
internal static class DiagnosticPrinter
{
    /// <summary>Writes every diagnostic to <paramref name="writer"/>, one per line.</summary>
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter writer) =>
        Print(diagnostics, writer, DiagnosticFormat.Text);

    /// <summary>Writes every diagnostic to <paramref name="writer"/> in <paramref name="format"/>.</summary>
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter writer, DiagnosticFormat format)
    {
        switch (format)
        {
            case DiagnosticFormat.Json:
                writer.Write(Json(diagnostics));
                writer.Write('\n');
                break;
            case DiagnosticFormat.Github:
                foreach (var d in diagnostics)
                {
                    var kind = d.Severity == Severity.Error ? "error" : "warning";
                    var at = d.Location;
                    var place = $"file={Property(at.Path)},line={at.Line},col={at.Column}";
                    var annotation = $"::{kind} {place}::{Data(d.Message)}";
                    writer.Write(annotation + "\n");
                }

                break;
            default:
                foreach (var d in diagnostics) writer.Write(d + "\n");
                break;
        }
    }

    /// <summary>The diagnostics as a JSON array of <c>{path, line, column, severity, message}</c> objects.</summary>
    public static string Json(IEnumerable<Diagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartArray();
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("path", d.Location.Path);
                json.WriteNumber("line", d.Location.Line);
                json.WriteNumber("column", d.Location.Column);
                json.WriteString("severity", d.Severity == Severity.Error ? "error" : "warning");
                json.WriteString("message", d.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
