using System.Security.Cryptography;
using System.Text;
using StaticSite.Content;
using StaticSite.Content.Files;
using StaticSite.Diagnostics;

namespace StaticSite.Media;

/// <summary>The inspect step: every photograph of <c>content/media/</c> read once (in parallel), hashed and probed from
/// its header, with the files it will be published as; a file that cannot be published is an error at the file, and
/// each article that uses it gets one at its line too.</summary>
internal sealed class ImageCatalog
{
    private readonly IReadOnlyDictionary<string, SourceImage> _images;

    private ImageCatalog(IReadOnlyDictionary<string, SourceImage> images) => _images = images;

    /// <summary>A catalog without images.</summary>
    public static ImageCatalog Empty { get; } = new(new Dictionary<string, SourceImage>(StringComparer.Ordinal));

    /// <summary>Inspects the raster images among <paramref name="media"/> (content-relative paths); with <paramref
    /// name="readGps"/>, also reads their metadata for GPS positions (what <c>check</c> warns about).</summary>
    public static ImageCatalog Inspect(IFileTree content, IReadOnlyList<string> media, bool readGps,
        DiagnosticBag diagnostics)
    {
        var paths = media.Where(ImageFiles.IsRaster).ToArray();
        var images = new SourceImage[paths.Length];
        Parallel.For(0, paths.Length, i => images[i] = InspectOne(content, paths[i], readGps));
        foreach (var image in images.Where(i => i.Problem is not null))
        {
            diagnostics.Error(SourceLocation.FileOnly(content.DisplayPath(image.Path)),
                $"this image cannot be published: it {image.Problem}");
        }

        return new ImageCatalog(images.ToDictionary(i => i.Path, StringComparer.Ordinal));
    }

    private static SourceImage InspectOne(IFileTree content, string path, bool readGps)
    {
        byte[] bytes;
        try
        {
            bytes = content.ReadBytes(path);
        }
        catch (IOException e)
        {
            return new SourceImage(path, "", null, [], $"cannot be read ({e.Message})");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var (facts, problem) = ImageProbe.Probe(bytes, ImageFiles.FormatOf(path)!);
        var variants = facts is null ? [] : VariantPlanner.Plan(path, facts);
        return new SourceImage(path, hash, facts, variants, problem)
        {
            HasGps = readGps && problem is null && MetadataProbe.HasGps(bytes),
        };
    }

    /// <summary>This catalog without the images at <paramref name="mediaPaths"/> (those only embargoed articles
    /// show), so none of their variants is published.</summary>
    public ImageCatalog Without(IReadOnlySet<string> mediaPaths) => mediaPaths.Count == 0 ? this
        : new ImageCatalog(_images.Where(i => !mediaPaths.Contains(i.Key))
            .ToDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal));

    /// <summary>Every image, in path order.</summary>
    public IEnumerable<SourceImage> Images => _images.Values.OrderBy(i => i.Path, StringComparer.Ordinal);

    /// <summary>The image at a content-relative <paramref name="mediaPath"/> (<c>media/photo.jpg</c>), or
    /// null.</summary>
    public SourceImage? Get(string mediaPath) => _images.GetValueOrDefault(mediaPath);

    /// <summary>The image a site path (<c>/media/photo.jpg</c>) names, or null when it names none.</summary>
    public SourceImage? At(string sitePath) => ImageFiles.MediaPath(sitePath) is { } path ? Get(path) : null;

    /// <summary>A digest of what pages can show of the images (paths, sizes, variants), not of their bytes: a page
    /// that shows an image must be made again when its size changes, not when only its pixels do.</summary>
    public string Digest()
    {
        var text = new StringBuilder(ImageSettings.Key).Append('\n');
        foreach (var image in Images)
        {
            text.Append(image.Path).Append(' ').Append(image.Problem ?? "ok").Append('\n');
            foreach (var v in image.Variants) text.Append(v.Path).Append(' ').Append(v.Width).Append(' ')
                .Append(v.Height).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
