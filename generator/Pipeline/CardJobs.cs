using StaticSite.Content;
using StaticSite.Content.Files;
using StaticSite.Indexing;
using StaticSite.Media;
using StaticSite.Rendering;

namespace StaticSite.Pipeline;

/// <summary>The social cards a build draws: one beside each article shared without a photograph of its own, and the
/// site's card when <c>site.yml</c> names no image (a card without words when no font was found).</summary>
internal static class CardJobs
{
    /// <summary>The card jobs of every language of <paramref name="all"/>; <paramref name="font"/> is null when no
    /// font was found.</summary>
    public static IEnumerable<MediaJob> Of(SiteIndexSet all, TemplateSet templates, IFileTree content,
        CardFont? font)
    {
        var palette = templates.Tree.List().Contains("assets/style.css")
            ? CardPalette.From(templates.Tree.ReadText("assets/style.css")) : CardPalette.Default;
        var root = all.Default;
        var siteYml = content.DisplayPath("site.yml");
        var painter = font is null ? null : new CardPainter(font, palette);
        if (SocialImages.SiteImage(root) is null)
        {
            var path = SocialImages.SiteCardPath.TrimStart('/');
            yield return painter is null ? MediaJobs.PlainCard(path, palette, siteYml)
                : MediaJobs.Card(path, new CardText("", root.Site.Title, root.Site.Description), painter, siteYml);
        }

        if (painter is null) yield break;
        foreach (var index in all.Languages)
        {
            var models = new PageModelFactory(index, null, templates.Strings);
            foreach (var article in index.Articles.Where(a => SocialImages.HasCard(a, index)))
            {
                yield return MediaJobs.Card(SocialImages.CardPath(index, article).TrimStart('/'),
                    new CardText(index.Site.Title, article.Title, Footer(article, models)), painter,
                    article.DisplayPath);
            }
        }
    }

    /// <summary>"Daily NK · Translated by Yongmin Lee and Mina Park", in the article's language.</summary>
    private static string Footer(Article article, PageModelFactory models)
    {
        var names = article.Translators;
        if (names.Count == 0) return article.Publication.Name;
        var joined = names.Count == 1 ? names[0]
            : string.Join(", ", names.Take(names.Count - 1)) + " " + models.T("and") + " " + names[^1];
        return article.Publication.Name + " · " + models.T("translated_by") + " " + joined;
    }
}
