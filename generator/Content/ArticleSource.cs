using System.Text;
using StaticSite.Content.Files;
using StaticSite.Diagnostics;

namespace StaticSite.Content;

/// <summary>One article file as the loader finds it: where it is, how diagnostics name it, and the size and time the
/// listing saw (when the tree knows them), so a record of an earlier build can be matched to it.</summary>
internal sealed class ArticleSource(IFileTree tree, string path)
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>The path inside the content folder (<c>articles/2021/a.md</c>).</summary>
    public string Path => path;

    /// <summary>How diagnostics name the file.</summary>
    public string DisplayPath { get; } = tree.DisplayPath(path);

    /// <summary>The size and modification time from the folder listing, or null when the tree has none.</summary>
    public FileStamp? Stamp { get; } = tree.TryGetStamp(path, out var stamp) ? stamp : null;

    /// <summary>Reads the whole file again.</summary>
    public string ReadText() => Utf8.GetString(tree.ReadBytes(path));

    /// <summary>Reads the file again and returns its Markdown body, for a body known only by its hash.</summary>
    public string ReadBody() => FrontMatterSplitter.Split(
        Utf8.GetString(tree.ReadBytes(path)), DisplayPath, new DiagnosticBag())?.Body ?? "";
}
