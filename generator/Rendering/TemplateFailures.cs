using System.Collections.Concurrent;
using StaticSite.Diagnostics;

namespace StaticSite.Rendering;

/// <summary>The template errors of one render, gathered from every thread: an error a template makes on many pages is
/// reported once, at the template's line, naming the first page (in path order) and how many others it broke.</summary>
internal sealed class TemplateFailures
{
    private readonly ConcurrentDictionary<(SourceLocation At, string Message), ConcurrentBag<Failure>> _byError = new();
    private readonly ConcurrentDictionary<string, bool> _pages = new(StringComparer.Ordinal);

    private sealed record Failure(string OutputPath, string Kind, string Title);

    /// <summary>The output paths of the pages that failed to render, so the links to them are not reported
    /// again.</summary>
    public IReadOnlySet<string> Pages => _pages.Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>Notes that the page at <paramref name="outputPath"/> failed at <paramref name="at"/>.</summary>
    public void Add(SourceLocation at, string message, string outputPath, string kind, string title)
    {
        _byError.GetOrAdd((at, message), _ => []).Add(new Failure(outputPath, kind, title));
        _pages[outputPath] = true;
    }

    /// <summary>Reports each distinct error once into <paramref name="diagnostics"/>.</summary>
    public void Report(DiagnosticBag diagnostics)
    {
        foreach (var ((at, message), failures) in _byError)
        {
            var ordered = failures.OrderBy(f => f.OutputPath, StringComparer.Ordinal).ToList();
            var first = ordered[0];
            var others = ordered.Count > 1 ? $" and {Plural.Of(ordered.Count - 1, "other page")}" : "";
            diagnostics.Error(at, $"template error while rendering the {first.Kind} page '{first.Title}'{others}: " +
                $"{message}");
        }
    }
}
