using System.Collections.Concurrent;
using System.Text;

namespace StaticSite.Output;

/// <summary>Where each article page's body lies in the page's bytes, so the feeds can take the body as the page shows it
/// instead of rendering its Markdown again; a page reused from the previous build keeps the range recorded when it was
/// rendered.</summary>
internal sealed class PageBodies
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly ConcurrentDictionary<string, (int Start, int Length)> _ranges = new(StringComparer.Ordinal);

    /// <summary>Records that the body of the page at output path <paramref name="path"/> is the <paramref
    /// name="length"/> bytes from byte <paramref name="start"/>.</summary>
    public void Record(string path, int start, int length) => _ranges[path] = (start, length);

    /// <summary>The byte range of the page's body, or null when none was recorded.</summary>
    public (int Start, int Length)? RangeOf(string path) => _ranges.TryGetValue(path, out var range) ? range : null;

    /// <summary>The body HTML of the page at <paramref name="path"/> in <paramref name="output"/> (only its bytes are
    /// read), or null when its range is unknown or does not fit the file.</summary>
    public string? Read(OutputSet output, string path)
    {
        if (!_ranges.TryGetValue(path, out var range) || output.Get(path) is not { } file) return null;
        if (range.Start < 0 || range.Length < 0) return null;
        return file.ReadRange(range.Start, range.Length) is { } bytes ? Utf8.GetString(bytes) : null;
    }
}
