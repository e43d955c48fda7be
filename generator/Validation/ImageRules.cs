using StaticSite.Content;
using StaticSite.Diagnostics;
using StaticSite.Media;

namespace StaticSite.Validation;

/// <summary>The <c>image:</c> block: a file in <c>content/media/</c> (a photograph must be one the site can publish) or
/// an absolute http(s) address, with <c>alt</c> text (and a warning without <c>credit</c>); the source may be left out
/// when only the caption and credit are known.</summary>
internal static class ImageRules
{
    /// <summary>Checks the block; returns the image, or null when there is none.</summary>
    public static ArticleImage? Check(ArticleCheck check)
    {
        if (check.FrontMatter.Image is not { } image) return null;
        if (image.Src is { } src)
        {
            if (UrlRules.IsSiteRelative(src.Value))
            {
                var mediaPath = Uri.UnescapeDataString(src.Value.TrimStart('/'));
                if (!check.Content.Media.Contains(mediaPath, StringComparer.Ordinal))
                {
                    check.Error(src.At, $"image '{src.Value}' does not exist (site-relative images live in " +
                        $"content/media/)");
                }
                else if (check.Images.Get(mediaPath) is { } photo)
                {
                    CheckPhoto(check, src, photo);
                }
            }
            else if (!UrlRules.IsAbsoluteHttp(src.Value))
            {
                check.Error(src.At, $"'image.src' must be an absolute http(s) address or a site path such as " +
                    $"/media/photo.jpg, not '{src.Value}'");
            }
            else if (!src.Value.StartsWith("https:", StringComparison.OrdinalIgnoreCase))
            {
                check.Error(src.At, UrlRules.PlainHttpImage(src.Value));
            }

            if (image.Alt is null)
            {
                check.Error(image.At, "the image has no 'alt' text: describe it for readers who cannot see it");
            }
        }

        if (image.Credit is null) check.Warning(image.At, "the image has no 'credit'");
        return new ArticleImage(image.Src?.Value, image.Alt?.Value, image.Caption?.Value, image.Credit?.Value);
    }

    private static void CheckPhoto(ArticleCheck check, Located<string> src, SourceImage photo)
    {
        if (photo.Problem is { } problem)
        {
            check.Error(src.At, $"image '{src.Value}' {problem}");
        }
        else if (photo.HasGps && check.WarnsGps)
        {
            check.Warning(src.At, $"image '{src.Value}' carries GPS coordinates: the published copies leave them " +
                "out, but the file in the repository still tells where it was taken (remove them from the file, " +
                "for example with exiftool -gps:all= -xmp:all=)");
        }
    }
}
