using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using StaticSite.Content.Files;

namespace StaticSite.Incremental;

/// <summary>A fingerprint of everything a build reads, taken from file names, sizes and modification times (as make and
/// ninja do) plus the settings that shape the output and the generator's own build, so a build with nothing changed can
/// stop at once.</summary>
internal static class InputDigest
{
    /// <summary>The digest of the content and template folders and of <paramref name="settings"/> (the options that
    /// shape the output, as one line); null when the folders are not on disk, whose files have no stamps to
    /// compare.</summary>
    public static string? Of(IFileTree content, IFileTree templates, string settings)
    {
        if (content is not DiskFileTree contentFolder || templates is not DiskFileTree templatesFolder) return null;
        var text = new StringBuilder();
        text.Append(BuildState.GeneratorVersion).Append('\n').Append(settings).Append('\n');
        foreach (var tree in (DiskFileTree[])[contentFolder, templatesFolder])
        {
            text.Append("tree ").Append(tree.Root).Append('\n');
            var files = tree.List();
            foreach (var link in tree.SkippedLinks) text.Append("link ").Append(link).Append('\n');
            foreach (var hidden in tree.SkippedHidden) text.Append("hidden ").Append(hidden).Append('\n');
            foreach (var special in tree.SpecialFiles) text.Append("special ").Append(special.Path).Append('\n');
            foreach (var file in files)
            {
                if (!tree.TryGetStamp(file, out var stamp))
                {
                    var info = new FileInfo(Path.Combine(tree.Root, file));
                    stamp = new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks);
                }

                text.Append(file).Append(' ')
                    .Append(stamp.Length.ToString(CultureInfo.InvariantCulture)).Append(' ')
                    .Append(stamp.LastWriteTicks.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
