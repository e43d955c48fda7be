using System.Globalization;
using System.Net;
using StaticSite.Media;
using StaticSite.Rendering.Models;

namespace StaticSite.Rendering;

/// <summary>Published photographs as <c>&lt;picture&gt;</c> elements: the model templates render for a lead image, and
/// the same markup written for an image in an article body.</summary>
internal static class Pictures
{
    /// <summary>How wide a lead image is shown: the page's column (48rem less its padding), or the screen less the
    /// padding on a phone.</summary>
    public const string LeadSizes = "(min-width: 48rem) 45.5rem, calc(100vw - 2.5rem)";

    /// <summary>How wide an image in a body is shown: the body's measure (42rem), or the screen less the
    /// padding.</summary>
    public const string BodySizes = "(min-width: 45rem) 42rem, calc(100vw - 2.5rem)";

    /// <summary>The picture model of <paramref name="image"/>, its files addressed by <paramref name="href"/> (a site
    /// path to the href pages use).</summary>
    public static PictureModel Of(SourceImage image, Func<string, string> href, string sizes)
    {
        string Set(IEnumerable<ImageVariant> variants) => string.Join(", ", variants.Select(v =>
            href("/" + v.Path) + " " + v.Width.ToString(CultureInfo.InvariantCulture) + "w"));
        var largest = image.Largest;
        return new PictureModel(href("/" + largest.Path), Set(image.Fallback), Set(image.Modern), sizes,
            largest.Width, largest.Height);
    }

    /// <summary>The <c>&lt;picture&gt;</c> element of a body image, lazily loaded (a body image is below the first
    /// screen), every attribute value escaped.</summary>
    public static string Html(PictureModel picture, string alt, string? title)
    {
        static string E(string text) => WebUtility.HtmlEncode(text);
        var titleAttribute = string.IsNullOrEmpty(title) ? "" : $" title=\"{E(title)}\"";
        return $"<picture><source type=\"image/webp\" srcset=\"{E(picture.WebpSrcset)}\" sizes=\"{E(picture.Sizes)}\">" +
            $"<img src=\"{E(picture.Src)}\" srcset=\"{E(picture.Srcset)}\" sizes=\"{E(picture.Sizes)}\" " +
            $"width=\"{picture.Width.ToString(CultureInfo.InvariantCulture)}\" " +
            $"height=\"{picture.Height.ToString(CultureInfo.InvariantCulture)}\" alt=\"{E(alt)}\"{titleAttribute} " +
            "loading=\"lazy\" decoding=\"async\"></picture>";
    }
}
