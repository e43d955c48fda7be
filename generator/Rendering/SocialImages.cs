using StaticSite.Content;
using StaticSite.Indexing;
using StaticSite.Media;
using StaticSite.Rendering.Models;

namespace StaticSite.Rendering;

/// <summary>Which picture stands for each page when it is shared: an article's own photograph (its 16:9 crop), else the
/// article's drawn card, else the site image; every other page has the site image (the photograph <c>site.yml</c>
/// names, or a card drawn with the site's name). Every one of them is a file of the built site.</summary>
internal static class SocialImages
{
    /// <summary>The site path of the card drawn for the site when <c>site.yml</c> names no image.</summary>
    public const string SiteCardPath = "/media/_cards/site.png";

    /// <summary>The photograph an article's <c>image.src</c> names, when the site publishes it.</summary>
    public static SourceImage? Photo(Article article, SiteIndex index) =>
        article.Image?.Src is { } src && UrlRules.IsSiteRelative(src)
            && index.Images.Catalog.At(src) is { IsUsable: true } image ? image : null;

    /// <summary>The site path of an article's drawn card, beside its page.</summary>
    public static string CardPath(SiteIndex index, Article article) =>
        index.Urls.Prefix + UrlMap.Article(article.Slug) + "card.png";

    /// <summary>Whether an article is shared with a drawn card (it has no photograph the site publishes, and a font
    /// was found).</summary>
    public static bool HasCard(Article article, SiteIndex index) =>
        index.Images.DrawsCards && Photo(article, index) is null;

    /// <summary>The picture an article is shared with.</summary>
    public static SocialImageModel ForArticle(Article article, SiteIndex index)
    {
        if (Photo(article, index)?.CropOf("16x9") is { } crop)
        {
            return new SocialImageModel(index.RootUrls.Absolute("/" + crop.Path), crop.Width, crop.Height, crop.Type,
                article.Image!.Alt ?? article.Title);
        }

        return HasCard(article, index)
            ? new SocialImageModel(index.RootUrls.Absolute(CardPath(index, article)), CardPainter.Width,
                CardPainter.Height, "image/png", article.Title)
            : ForSite(index);
    }

    /// <summary>The picture every page other than an article is shared with.</summary>
    public static SocialImageModel ForSite(SiteIndex index)
    {
        if (SiteImage(index)?.CropOf("16x9") is { } crop)
        {
            return new SocialImageModel(index.RootUrls.Absolute("/" + crop.Path), crop.Width, crop.Height, crop.Type,
                index.Site.Title);
        }

        return new SocialImageModel(index.RootUrls.Absolute(SiteCardPath), CardPainter.Width, CardPainter.Height,
            "image/png", index.Site.Title);
    }

    /// <summary>The photograph <c>site.yml</c>'s <c>image</c> names, when the site publishes it.</summary>
    public static SourceImage? SiteImage(SiteIndex index) =>
        index.Site.Image is { } path && index.Images.Catalog.At(path) is { IsUsable: true } image ? image : null;

    /// <summary>The publisher's logo <c>site.yml</c> names, when the site publishes it.</summary>
    public static SourceImage? Logo(SiteIndex index) =>
        index.Site.Logo is { } path && index.Images.Catalog.At(path) is { IsUsable: true } image ? image : null;

    /// <summary>The absolute addresses of the pictures structured data gives for an article: its photograph's crops
    /// (16:9, 4:3, 1:1, each 1200 pixels wide at most), else its card, else the site image.</summary>
    public static IReadOnlyList<string> StructuredImages(Article article, SiteIndex index) =>
        Photo(article, index) is { } photo
            ? photo.Crops.Select(c => index.RootUrls.Absolute("/" + c.Path)).ToList()
            : [ForArticle(article, index).Url];
}
