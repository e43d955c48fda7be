using StaticSite.Diagnostics;

namespace StaticSite.Rendering;

/// <summary>Turns a character offset in an article's body into its line and column in the article file, for problems
/// found in markup that Markdig does not locate itself (attributes of raw HTML).</summary>
internal sealed class BodyPositions(BodyOrigin origin, string body)
{
    private List<int>? _lineStarts;

    /// <summary>The file location of the character at <paramref name="offset"/> of the body.</summary>
    public SourceLocation At(int offset)
    {
        var starts = _lineStarts ??= LineStarts(body);
        offset = Math.Clamp(offset, 0, body.Length);
        var index = starts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return new SourceLocation(origin.DisplayPath, origin.BodyLine + line, offset - starts[line] + 1);
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) starts.Add(i + 1);
        return starts;
    }
}
