using System.Security.Cryptography;
using System.Text;
using StaticSite.Content.Files;

namespace StaticSite.Media;

/// <summary>The media jobs of a build: the variants of each photograph that can be published, and social
/// cards.</summary>
internal static class MediaJobs
{
    /// <summary>A job per usable image of <paramref name="catalog"/>, each reading its source when it runs.</summary>
    public static IEnumerable<MediaJob> Images(ImageCatalog catalog, IFileTree content) =>
        catalog.Images.Where(i => i.IsUsable).Select(image => new MediaJob(
            VariantCache.KeyOf(image.Hash, ImageSettings.Key),
            image.Variants.Select(v => (v.Path, v.Name)).ToList(),
            () => ImageEncoder.Encode(content.ReadBytes(image.Path), image),
            content.DisplayPath(image.Path)));

    /// <summary>The job that draws a card without words (no font was found) to <paramref name="outputPath"/>.</summary>
    public static MediaJob PlainCard(string outputPath, CardPalette palette, string displayPath) =>
        new(VariantCache.KeyOf("plain card", "card-v1 " + palette.Key), [(outputPath, "card.png")],
            () => new Dictionary<string, byte[]>(StringComparer.Ordinal)
            {
                ["card.png"] = CardPainter.PaintPlain(palette),
            },
            displayPath);

    /// <summary>The job that draws the card saying <paramref name="text"/> to <paramref name="outputPath"/>.</summary>
    public static MediaJob Card(string outputPath, CardText text, CardPainter painter, string displayPath)
    {
        var textHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join('\0', text.SiteName, text.Title, text.Footer))));
        return new MediaJob(VariantCache.KeyOf(textHash, painter.Key), [(outputPath, "card.png")],
            () => new Dictionary<string, byte[]>(StringComparer.Ordinal) { ["card.png"] = painter.Paint(text) },
            displayPath);
    }
}
