using StaticSite.Validation;

namespace StaticSite.Cli;

/// <summary>Prints diagnostics to standard error as <c>path:line:col: severity: message</c>, one per line.</summary>
public static class DiagnosticPrinter
{
    /// <summary>Writes every diagnostic to <paramref name="writer"/>.</summary>
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var diagnostic in diagnostics) writer.WriteLine(diagnostic.ToString());
    }
}
