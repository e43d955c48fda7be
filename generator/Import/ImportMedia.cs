using StaticSite.Diagnostics;

namespace StaticSite.Import;

/// <summary>The archive's images as the new site has them: a file the archive serves (or a page bundle holds) is
/// copied once to <c>content/media/</c>, keeping its path, and its references point there.</summary>
internal sealed class ImportMedia(ArchiveKind kind, string archive, string content, DiagnosticBag report)
{
    private readonly Dictionary<string, string> _copied = new(StringComparer.Ordinal);

    /// <summary>How many files were copied.</summary>
    public int Copied => _copied.Count;

    /// <summary>The site path to use for <paramref name="url"/>, written in <paramref name="post"/> at <paramref
    /// name="at"/>: an external address stays, a file of the archive becomes <c>/media/…</c>, anything else stays and
    /// is reported.</summary>
    public string Map(string url, ImportedPost post, SourceLocation at)
    {
        if (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith('#')
            || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || _copied.ContainsKey(url.TrimStart('/')))
        {
            return url;
        }

        var (file, relative) = url.StartsWith('/') ? SiteFile(url) : BundleFile(url, post);
        if (file is null || !File.Exists(file))
        {
            report.Warning(at, $"'{url}' is not a file of the archive; the reference is kept as it was");
            return url;
        }

        var mediaPath = relative.StartsWith("media/", StringComparison.Ordinal) ? relative : "media/" + relative;
        if (!_copied.ContainsKey(mediaPath)) Copy(file, mediaPath, at);
        return "/" + mediaPath;
    }

    private (string? File, string Relative) SiteFile(string url)
    {
        var path = Uri.UnescapeDataString(url.Split('?', '#')[0]).TrimStart('/');
        if (path.Contains("..", StringComparison.Ordinal)) return (null, path);
        var root = kind == ArchiveKind.Hugo ? Path.Combine(archive, "static") : archive;
        return (Path.Combine(root, path), path);
    }

    private static (string? File, string Relative) BundleFile(string url, ImportedPost post)
    {
        var path = Uri.UnescapeDataString(url.Split('?', '#')[0]);
        if (path.Contains("..", StringComparison.Ordinal) || path.Contains(':')) return (null, path);
        return (Path.Combine(Path.GetDirectoryName(post.Path)!, path), post.FileSlug + "/" + Path.GetFileName(path));
    }

    private void Copy(string file, string mediaPath, SourceLocation at)
    {
        var target = Path.Combine(content, mediaPath);
        _copied[mediaPath] = target;
        if (File.Exists(target))
        {
            if (!File.ReadAllBytes(target).AsSpan().SequenceEqual(File.ReadAllBytes(file)))
            {
                report.Warning(at, $"content/{mediaPath} already exists with other bytes; it was not overwritten");
            }

            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(file, target);
    }
}
