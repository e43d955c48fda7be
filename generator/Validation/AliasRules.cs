using StaticSite.Content;
using StaticSite.Diagnostics;

namespace StaticSite.Validation;

/// <summary>The <c>aliases:</c> list: each an earlier page path of this article (such as <c>/articles/old-slug/</c>),
/// never its own address; a path another page or alias takes is found when the pages are planned.</summary>
internal static class AliasRules
{
    /// <summary>Checks the list; returns each alias once, normalized (a folder path ends with '/'), where it was
    /// written.</summary>
    public static IReadOnlyList<Located<string>> Check(ArticleCheck check, string slug, string language)
    {
        var site = check.Content.Site;
        var own = (site.Languages.Count > 1 && language != site.Language ? "/" + language : "")
            + "/articles/" + slug + "/";
        var aliases = new List<Located<string>>();
        foreach (var alias in check.FrontMatter.Aliases)
        {
            var path = SitePaths.Normalize(alias.Value);
            if (path is null)
            {
                check.Error(alias.At, $"alias '{alias.Value}' is not a page path: write the old address relative to " +
                    "base_url, such as /articles/old-slug/ or /2019/old-report.html");
            }
            else if (path == own)
            {
                check.Error(alias.At, $"alias '{alias.Value}' is this article's own address");
            }
            else if (aliases.Any(a => a.Value == path))
            {
                check.Warning(alias.At, $"alias '{alias.Value}' is listed twice");
            }
            else
            {
                aliases.Add(new Located<string>(path, alias.At));
            }
        }

        return aliases;
    }
}
