using StaticSite.Content;
using StaticSite.Diagnostics;

namespace StaticSite.Validation;

/// <summary>What names an article: its title and date are there, its slug is safe, its language is one of the
/// site's.</summary>
internal static class IdentityRules
{
    /// <summary>Checks the title, date, slug and language; returns the slug and the language the article is published
    /// in.</summary>
    public static (string Slug, string Language) Check(ArticleCheck check)
    {
        var fm = check.FrontMatter;
        if ((fm.Title is null && !check.Rejected("title")) || fm.Title?.Value.Length == 0)
        {
            check.Error(fm.At, "missing required field 'title'");
        }

        if (fm.Date is null && !check.Rejected("date"))
        {
            check.Error(fm.At, "missing required field 'date' (the date the translation was published, such as " +
                "2021-06-09)");
        }

        var fileSlug = Path.GetFileNameWithoutExtension(check.File.RelativePath);
        var slug = fm.Slug?.Value ?? fileSlug;
        if (!Slugs.IsSafe(slug))
        {
            check.Error(fm.Slug?.At ?? SourceLocation.FileOnly(check.File.DisplayPath), fm.Slug is null
                ? $"the file name '{fileSlug}' is not a safe slug: use lowercase letters, digits and hyphens (not a " +
                    $"device name such as con or nul), or set 'slug:'"
                : $"slug '{slug}' is not safe: use lowercase letters, digits and hyphens (at most 100; not a device " +
                    $"name such as con or nul)");
        }

        var site = check.Content.Site;
        if (fm.Language is { } language && !LanguageNames.IsValidCode(language.Value))
        {
            check.Error(language.At, $"'language' must be a language code such as en or ko, not '{language.Value}'");
        }
        else if (fm.Language is { } listed && site.Languages.Count > 1 && !site.Languages.Contains(listed.Value))
        {
            check.Error(listed.At, $"language '{listed.Value}' is not one of the site's languages " +
                $"({string.Join(", ", site.Languages)}) in site.yml");
        }

        return (slug, fm.Language?.Value ?? site.Language);
    }
}
