using System.Text;

namespace StaticSite.Incremental;

/// <summary>The record of the permalinks the last build published (<c>urls.txt</c> in the cache folder, one
/// <c>path TAB file TAB title</c> line each, by path), which the next <c>build</c> and <c>check</c> compare with so an
/// address never disappears unnoticed.</summary>
internal static class PublishedUrls
{
    /// <summary>The file's name in the cache folder.</summary>
    public const string FileName = "urls.txt";

    private const string Header = "# staticsite permalinks 1: site path, article file, title";

    /// <summary>The permalinks recorded in <paramref name="file"/>, or null when there is no readable record.</summary>
    public static IReadOnlyList<PublishedUrl>? Read(string file)
    {
        if (!File.Exists(file)) return null;
        string[] lines;
        try
        {
            lines = File.ReadAllLines(file, Encoding.UTF8);
        }
        catch (IOException)
        {
            return null;
        }

        if (lines.Length == 0 || lines[0] != Header) return null;
        return lines.Skip(1).Select(line => line.Split('\t')).Where(parts => parts.Length == 3)
            .Select(parts => new PublishedUrl(parts[0], parts[1], parts[2])).ToList();
    }

    /// <summary>Writes <paramref name="urls"/> to <paramref name="file"/> through a temporary file, so a reader never
    /// sees half of it.</summary>
    public static void Write(string file, IEnumerable<PublishedUrl> urls)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var url in urls.OrderBy(u => u.Path, StringComparer.Ordinal))
        {
            text.Append(Clean(url.Path)).Append('\t').Append(Clean(url.File)).Append('\t').Append(Clean(url.Title))
                .Append('\n');
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        var temporary = file + ".tmp";
        File.WriteAllText(temporary, text.ToString(), new UTF8Encoding(false));
        File.Move(temporary, file, true);
    }

    private static string Clean(string text) =>
        text.Any(char.IsControl) ? new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray()) : text;
}
