using StaticSite.Content.Files;
using StaticSite.Diagnostics;

namespace StaticSite.Content;

/// <summary>Which files under <c>articles/</c> are articles (<c>*.md</c>, lower case), and the files that look like
/// articles but are not read (<c>x.MD</c>, <c>x.markdown</c>, hidden files and folders), each named in a warning, so
/// a contributor whose article never appears learns why; entries that are not regular files (named pipes, devices,
/// sockets) are errors, and are never opened.</summary>
internal static class SkippedFiles
{
    private static readonly string[] LookAlikes = [".md", ".markdown", ".mdown", ".mkd", ".mkdn"];

    /// <summary>Whether <paramref name="path"/> (relative to the content folder) is an article file.</summary>
    public static bool IsArticle(string path) =>
        path.StartsWith("articles/", StringComparison.Ordinal) && path.EndsWith(".md", StringComparison.Ordinal);

    /// <summary>Reports the special entries of <paramref name="tree"/> and the skipped look-alikes under
    /// <c>articles/</c>.</summary>
    public static void Report(IFileTree tree, IReadOnlyList<string> files, DiagnosticBag diagnostics)
    {
        foreach (var special in tree.SpecialFiles)
        {
            diagnostics.Error(SourceLocation.FileOnly(tree.DisplayPath(special.Path)),
                $"this is {special.Kind}, not a regular file; only regular files are read");
        }

        foreach (var path in files.Where(f => f.StartsWith("articles/", StringComparison.Ordinal) && !IsArticle(f)))
        {
            if (LookAlike(path) is not { } extension) continue;
            var renamed = Path.GetFileName(path)[..^extension.Length] + ".md";
            diagnostics.Warning(SourceLocation.FileOnly(tree.DisplayPath(path)),
                $"skipped: only files ending in '.md' (lower case) are articles; rename it to {renamed} to publish it");
        }

        foreach (var hidden in tree.SkippedHidden.Where(h => h.StartsWith("articles/", StringComparison.Ordinal)))
        {
            var folder = hidden.EndsWith('/');
            if (!folder && LookAlike(hidden) is null) continue;
            diagnostics.Warning(SourceLocation.FileOnly(tree.DisplayPath(hidden)), folder
                ? "skipped: hidden folders (names starting with '.') are not read, so no article in it is published"
                : "skipped: hidden files (names starting with '.') are not read; rename it to publish it");
        }
    }

    private static string? LookAlike(string path) =>
        LookAlikes.FirstOrDefault(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));
}
