using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using StaticSite.Content.Files;
using StaticSite.Pipeline;

namespace StaticSite.Incremental;

/// <summary>A fingerprint of everything a build reads, taken from file names, sizes and modification times (as make and ninja do) plus the options and the generator's own build, so a build with nothing changed can stop at once.</summary>
public static class InputDigest
{
    /// <summary>The digest of the content and template folders and of the options that shape the output.</summary>
    public static string Of(DiskFileTree content, DiskFileTree templates, BuildOptions options)
    {
        var text = new StringBuilder();
        text.Append(BuildCache.GeneratorVersion).Append('\n')
            .Append(options.BaseUrl).Append('\n')
            .Append(options.Drafts).Append(options.Future).Append(options.Audit).Append('\n')
            .Append(Path.GetFullPath(options.OutputDir)).Append('\n');
        foreach (var tree in (DiskFileTree[])[content, templates])
        {
            text.Append("tree ").Append(tree.Root).Append('\n');
            var files = tree.List();
            foreach (var link in tree.SkippedLinks) text.Append("link ").Append(link).Append('\n');
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
