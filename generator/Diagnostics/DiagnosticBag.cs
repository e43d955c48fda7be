using System.Collections.Concurrent;

namespace StaticSite.Diagnostics;

/// <summary>Collects diagnostics from every step (thread-safe) so a run reports all problems together.</summary>
internal sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    /// <summary>Records an error at a location.</summary>
    public void Error(SourceLocation at, string message) => _items.Enqueue(new Diagnostic(at, Severity.Error, message));

    /// <summary>Records a warning at a location.</summary>
    public void Warning(SourceLocation at, string message) =>
        _items.Enqueue(new Diagnostic(at, Severity.Warning, message));

    /// <summary>Records diagnostics found earlier (by another bag, or stored by a previous build) as they
    /// are.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) _items.Enqueue(diagnostic);
    }

    /// <summary>Whether any error has been recorded.</summary>
    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>How many errors have been recorded.</summary>
    public int ErrorCount => _items.Count(d => d.Severity == Severity.Error);

    /// <summary>All diagnostics in a stable order: by path, line, column, then message.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .Distinct()
            .ToList();
}
