using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using StaticSite.Content.Files;
using StaticSite.Content.Yaml;
using StaticSite.Diagnostics;

namespace StaticSite.Content;

/// <summary>The load step: the registries (through <see cref="RegistryLoader"/>), every article (split and typed, in
/// parallel, or recalled from an earlier build's records when unchanged) and the media list.</summary>
internal sealed partial class ContentLoader
{
    /// <summary>Files larger than this are refused, so one bad file cannot exhaust memory.</summary>
    public const int MaxFileBytes = ContentLimits.FileBytes;

    /// <summary>Loads the content tree; problems go to <paramref name="diagnostics"/> and the affected files are left
    /// out. <paramref name="records"/> (null: none) recall articles an earlier build parsed and remember the new
    /// ones.</summary>
    public LoadedContent Load(IFileTree tree, DiagnosticBag diagnostics, IArticleRecords? records = null)
    {
        var files = tree.List();
        foreach (var link in tree.SkippedLinks)
        {
            diagnostics.Error(SourceLocation.FileOnly(tree.DisplayPath(link)),
                "symbolic links are not followed (they could reach outside content/): put the file itself here");
        }

        SkippedFiles.Report(tree, files, diagnostics);
        var registries = RegistryLoader.Load(tree, files, diagnostics);
        var articlePaths = files.Where(SkippedFiles.IsArticle).ToArray();
        var articles = new ArticleFile?[articlePaths.Length];
        Parallel.For(0, articlePaths.Length,
            i => articles[i] = LoadArticle(tree, articlePaths[i], diagnostics, records));
        return new LoadedContent(registries.Site, registries.Sources, registries.Topics, articles.OfType<ArticleFile>()
            .ToList(),
            Media(tree, files, diagnostics))
        {
            Places = registries.Places, People = registries.People, Glossary = registries.Glossary,
        };
    }

    /// <summary>Loads one article file (as <see cref="Load"/> does), for example for a quick preview of an
    /// edit.</summary>
    public ArticleFile? LoadArticle(
        IFileTree tree, string path, DiagnosticBag diagnostics, IArticleRecords? records = null)
    {
        var source = new ArticleSource(tree, path);
        try
        {
            if (records is not null && records.TryRecall(source, null, diagnostics, out var recalled)) return recalled;
            var bytes = ReadLimitedBytes(tree, path, diagnostics);
            if (bytes is null) return null;
            var hash = SHA256.HashData(bytes);
            if (records is not null && records.TryRecall(source, hash, diagnostics, out recalled)) return recalled;
            var found = new DiagnosticBag();
            var text = Utf8Text.Decode(bytes, source.DisplayPath, found);
            var file = text is null ? null : Parse(source, text, hash, found);
            var sorted = found.Sorted();
            records?.Remember(source, hash, file, sorted);
            diagnostics.AddRange(sorted);
            return file;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            diagnostics.Error(SourceLocation.FileOnly(source.DisplayPath), $"the file cannot be read: {e.Message}");
            return null;
        }
    }

    /// <summary>A file's text, or null (with an error naming the file) when it is over <see cref="MaxFileBytes"/> or
    /// not UTF-8.</summary>
    internal static string? ReadLimitedText(IFileTree tree, string path, DiagnosticBag diagnostics) =>
        ReadLimitedBytes(tree, path, diagnostics) is { } bytes
            ? Utf8Text.Decode(bytes, tree.DisplayPath(path), diagnostics) : null;

    /// <summary>A file's bytes, or null (with an error naming the file) when it is over <see cref="MaxFileBytes"/>:
    /// judged first by the size the folder listing saw, before anything is read, then by reading at most one byte
    /// more than the limit (the file may have grown since).</summary>
    private static byte[]? ReadLimitedBytes(IFileTree tree, string path, DiagnosticBag diagnostics)
    {
        var size = tree.TryGetStamp(path, out var stamp) ? stamp.Length : 0;
        var bytes = size > MaxFileBytes ? null : tree.ReadBytes(path, MaxFileBytes);
        if (bytes is not null && TextEncodingSniffer.WideEncoding(bytes) is { } encoding)
        {
            diagnostics.Error(SourceLocation.FileOnly(tree.DisplayPath(path)), $"the file is saved as {encoding}: " +
                "save the file as UTF-8 (in your editor's Save As or encoding menu)");
            return null;
        }

        if (bytes is not null && bytes.Length <= MaxFileBytes) return bytes;
        diagnostics.Error(SourceLocation.FileOnly(tree.DisplayPath(path)),
            $"the file is {Math.Max(size, bytes?.Length ?? 0) / 1024} KiB; the limit is {MaxFileBytes / 1024} KiB");
        return null;
    }

    private static ArticleFile? Parse(ArticleSource source, string text, byte[] fileHash, DiagnosticBag diagnostics)
    {
        var split = FrontMatterSplitter.Split(text, source.DisplayPath, diagnostics);
        if (split is null) return null;
        var yaml = YamlReader.Read(split.FrontMatter, source.DisplayPath, split.FrontMatterLine - 1, diagnostics);
        if (yaml is not null and not YamlMapping)
        {
            diagnostics.Error(yaml.At, "the front matter must be a mapping of fields such as 'title: …'");
        }

        var frontMatter = yaml is YamlMapping mapping ? FrontMatterReader.Read(mapping, diagnostics)
            : FrontMatter.UnreadableAt(new SourceLocation(source.DisplayPath, split.FrontMatterLine, 1));
        if (yaml is YamlMapping fields)
        {
            InvisibleCharacters.Warn(split.FrontMatter, source.DisplayPath, split.FrontMatterLine, fields, diagnostics);
        }

        return new ArticleFile(source.Path, source.DisplayPath, frontMatter,
            new MarkdownBody(split.Body, source.ReadBody), split.BodyLine, fileHash)
            { ReadText = source.ReadText };
    }

    private static List<string> Media(IFileTree tree, IReadOnlyList<string> files, DiagnosticBag diagnostics)
    {
        var media = new List<string>();
        foreach (var file in files.Where(f => f.StartsWith("media/", StringComparison.Ordinal)))
        {
            if (IsSafeMediaPath(file)) media.Add(file);
            else
            {
                diagnostics.Error(SourceLocation.FileOnly(tree.DisplayPath(file)),
                    "a media file name may use only letters, digits, '.', '_' and '-' in each folder and file name "
                    + "(no spaces, '%' or device names such as con)");
            }
        }

        return media;
    }

    /// <summary>Whether a media path is published as it is: at most 400 characters, each segment plain (letters,
    /// digits, '.', '_', '-', not starting with '.') and not a device name Windows refuses.</summary>
    private static bool IsSafeMediaPath(string path) =>
        path.Length <= 400
        && path.Split('/').All(segment => MediaSegment().IsMatch(segment)
            && !Slugs.IsReservedName(segment.Split('.')[0]));

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex MediaSegment();
}
