using StaticSite.Content;

namespace StaticSite.Validation;

/// <summary>The <c>translators:</c> list: required when the original's language differs from the article's.</summary>
internal static class TranslatorRules
{
    /// <summary>Checks the list; returns the translators' names, each once, in the order written.</summary>
    public static IReadOnlyList<string> Check(ArticleCheck check, string language, SourceFacts source)
    {
        var fm = check.FrontMatter;
        if (source.Language != language && fm.Translators.Count == 0 && source.Publication is not null)
        {
            check.Error(fm.At, $"missing 'translators': the original is in {LanguageNames.Of(source.Language)} and " +
                $"this article in {LanguageNames.Of(language)}");
        }

        return fm.Translators.Select(t => t.Value).Distinct(StringComparer.Ordinal).ToList();
    }
}
