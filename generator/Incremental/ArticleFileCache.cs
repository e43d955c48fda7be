using System.Collections.Concurrent;
using StaticSite.Content;
using StaticSite.Diagnostics;

namespace StaticSite.Incremental;

/// <summary>Remembers each article file's parsed front matter (and the problems found in it) by its exact text, so a long-running process such as <c>serve</c> parses only the files that changed.</summary>
public sealed class ArticleFileCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    private sealed record Entry(string Text, ArticleFile? File, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>The cached result for <paramref name="path"/> when its text is unchanged; its diagnostics are reported again into <paramref name="diagnostics"/>.</summary>
    public bool TryGet(string path, string text, DiagnosticBag diagnostics, out ArticleFile? file)
    {
        file = null;
        if (!_entries.TryGetValue(path, out var entry) || !string.Equals(entry.Text, text, StringComparison.Ordinal)) return false;
        foreach (var d in entry.Diagnostics)
        {
            if (d.Severity == Severity.Error) diagnostics.Error(d.Location, d.Message);
            else diagnostics.Warning(d.Location, d.Message);
        }

        file = entry.File;
        return true;
    }

    /// <summary>Stores the result of parsing <paramref name="path"/>.</summary>
    public void Put(string path, string text, ArticleFile? file, IReadOnlyList<Diagnostic> diagnostics) =>
        _entries[path] = new Entry(text, file, diagnostics);

    /// <summary>Drops files that no longer exist.</summary>
    public void Retain(IReadOnlySet<string> paths)
    {
        foreach (var path in _entries.Keys.Where(p => !paths.Contains(p)).ToList()) _entries.TryRemove(path, out _);
    }
}
