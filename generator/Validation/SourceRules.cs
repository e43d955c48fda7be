using StaticSite.Content;
using StaticSite.Diagnostics;

namespace StaticSite.Validation;

/// <summary>The <c>source:</c> block: a publication declared in <c>sources.yml</c>, the original's address (absolute
/// http(s); a warning when it is missing) and its language.</summary>
internal static class SourceRules
{
    /// <summary>Checks the block and returns what it says.</summary>
    public static SourceFacts Check(ArticleCheck check)
    {
        var fm = check.FrontMatter;
        var source = fm.Source;
        SourceInfo? publication = null;
        if (source is null)
        {
            if (!check.Rejected("source"))
            {
                check.Error(fm.At, "missing required field 'source' (with at least 'publication:', a key of " +
                    "sources.yml)");
            }
        }
        else if (source.Publication is not { } key)
        {
            check.Error(source.At, "missing required field 'source.publication' (a key of sources.yml)");
        }
        else if (!check.Content.Sources.TryGetValue(key.Value, out publication))
        {
            check.Error(key.At,
                $"unknown source '{key.Value}'{Suggestions.DidYouMean(key.Value, check.Content.Sources.Keys)}; " +
                    $"sources are declared in sources.yml");
        }

        if (source?.Url is { } url)
        {
            if (!UrlRules.IsAbsoluteHttp(url.Value))
            {
                check.Error(url.At, $"'source.url' must be an absolute http(s) address, not '{url.Value}'");
            }
        }
        else if (source is not null)
        {
            check.Warning(UrlPlace(source), "no 'source.url': add 'url:' here with the address of the original " +
                "report, so readers can check it");
        }

        if (source?.Language is { } language && !LanguageNames.IsValidCode(language.Value))
        {
            check.Error(language.At, $"'source.language' must be a language code such as ko, not '{language.Value}'");
        }

        return new SourceFacts(publication, source?.Url?.Value, source?.Title?.Value,
            source?.Language?.Value ?? publication?.Language ?? "und", source?.Published?.Value);
    }

    /// <summary>Where a missing <c>url:</c> belongs: the line after the block's last field, at the fields'
    /// indentation.</summary>
    private static SourceLocation UrlPlace(SourceReference source)
    {
        var fields = new[] { source.Publication?.At, source.Title?.At, source.Language?.At, source.Published?.At };
        var last = fields.OfType<SourceLocation>().Select(at => at.Line).DefaultIfEmpty(source.At.Line).Max();
        return new SourceLocation(source.At.Path, last + 1, source.At.Column + 2);
    }
}
