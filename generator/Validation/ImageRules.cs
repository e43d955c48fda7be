using StaticSite.Content;

namespace StaticSite.Validation;

/// <summary>The <c>image:</c> block: a file in <c>content/media/</c> or an absolute http(s) address, with <c>alt</c>
/// text (and a warning without <c>credit</c>); the source may be left out when only the caption and credit are
/// known.</summary>
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
}
