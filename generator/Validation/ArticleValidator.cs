using StaticSite.Content;
using StaticSite.Diagnostics;
using StaticSite.Pipeline;



namespace StaticSite.Validation;

/// <summary>The validate stage: checks required fields, keys, slugs, URLs and dates across all articles, and yields the articles to publish.</summary>
public sealed class ArticleValidator(Markdig.MarkdownPipeline pipeline)
{
    /// <summary>Summaries longer than this get a warning: they are cut off in feeds and link previews.</summary>
    public const int SummaryWarningLength = 280;

    /// <summary>After <see cref="Validate"/>: the earliest date of a valid article left out because it lies in the future, when the site will next change by itself.</summary>
    public DateTimeOffset? NextDue { get; private set; }

    /// <summary>Validates every loaded article; returns the valid ones that this build publishes (drafts and future articles filtered by <paramref name="options"/>), sorted newest first.</summary>
    public IReadOnlyList<Article> Validate(LoadedContent content, BuildOptions options, DiagnosticBag diagnostics)
    {
        var results = new Article?[content.Articles.Count];
        Parallel.For(0, results.Length, i =>
        {
            try
            {
                results[i] = ValidateOne(content.Articles[i], content, diagnostics);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                diagnostics.Error(SourceLocation.FileOnly(content.Articles[i].DisplayPath), $"internal error while validating: {e.GetType().Name}: {e.Message}");
            }
        });

        var valid = results.OfType<Article>().ToList();
        var multilingual = content.Site.Languages.Count > 1;
        var duplicates = ReportDuplicateSlugs(valid, content.Articles, multilingual, diagnostics);
        ReportDuplicateTranslations(valid, content.Articles, diagnostics);

        NextDue = options.Future
            ? null
            : valid.Where(a => !duplicates.Contains(a) && (options.Drafts || !a.Draft) && a.Date.Value > options.Now).Select(a => (DateTimeOffset?)a.Date.Value).Min();
        return valid
            .Where(a => !duplicates.Contains(a))
            .Where(a => options.Drafts || !a.Draft)
            .Where(a => options.Future || a.Date.Value <= options.Now)
            .OrderByDescending(a => a.Date.Value)
            .ThenBy(a => a.Slug, StringComparer.Ordinal)
            .ToList();
    }

    private static void ReportDuplicateTranslations(List<Article> valid, IReadOnlyList<ArticleFile> files, DiagnosticBag diagnostics)
    {
        var byFile = files.ToDictionary(f => f.DisplayPath, StringComparer.Ordinal);
        foreach (var group in valid.Where(a => a.TranslationKey is not null).GroupBy(a => (a.TranslationKey!, a.Language)).Where(g => g.Count() > 1))
        {
            var ordered = group.OrderBy(a => a.DisplayPath, StringComparer.Ordinal).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                var fm = byFile[ordered[i].DisplayPath].FrontMatter;
                diagnostics.Error(fm.TranslationKey?.At ?? fm.At,
                    $"translation_key '{group.Key.Item1}' already has a version in '{group.Key.Language}': {ordered[0].DisplayPath} (each language may have one version of a report)");
            }
        }
    }

    private static HashSet<Article> ReportDuplicateSlugs(List<Article> valid, IReadOnlyList<ArticleFile> files, bool multilingual, DiagnosticBag diagnostics)
    {
        var byFile = files.ToDictionary(f => f.DisplayPath, StringComparer.Ordinal);
        var duplicates = new HashSet<Article>(ReferenceEqualityComparer.Instance);
        foreach (var group in valid.GroupBy(a => multilingual ? a.Language + "/" + a.Slug : a.Slug, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var ordered = group.OrderBy(a => a.DisplayPath, StringComparer.Ordinal).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                var fm = byFile[ordered[i].DisplayPath].FrontMatter;
                var at = fm.Slug?.At ?? fm.Title?.At ?? fm.At;
                diagnostics.Error(at, $"duplicate slug '{ordered[i].Slug}': {ordered[0].DisplayPath} already uses it (set a different 'slug:' in one of them)");
                duplicates.Add(ordered[i]);
            }
        }

        return duplicates;
    }

    private Article? ValidateOne(ArticleFile file, LoadedContent content, DiagnosticBag diagnostics)
    {
        var fm = file.FrontMatter;
        var path = file.DisplayPath;
        var ok = true;

        void Error(SourceLocation at, string message)
        {
            diagnostics.Error(at, message);
            ok = false;
        }

        if ((fm.Title is null && !fm.Rejected.Contains("title")) || fm.Title?.Value.Length == 0) Error(fm.At, "missing required field 'title'");
        if (fm.Date is null && !fm.Rejected.Contains("date")) Error(fm.At, "missing required field 'date' (the date the translation was published, such as 2021-06-09)");

        var fileSlug = Path.GetFileNameWithoutExtension(file.RelativePath);
        var slug = fm.Slug?.Value ?? fileSlug;
        if (!Slugs.IsSafe(slug))
        {
            Error(fm.Slug?.At ?? SourceLocation.FileOnly(path),
                fm.Slug is null
                    ? $"the file name '{fileSlug}' is not a safe slug: use lowercase letters, digits and hyphens (not a device name such as con or nul), or set 'slug:'"
                    : $"slug '{slug}' is not safe: use lowercase letters, digits and hyphens (at most 100; not a device name such as con or nul)");
        }

        var language = fm.Language?.Value ?? content.Site.Language;
        if (fm.Language is { } lang && !LanguageNames.IsValidCode(lang.Value)) Error(lang.At, $"'language' must be a language code such as en or ko, not '{lang.Value}'");
        else if (fm.Language is { } listed && content.Site.Languages.Count > 1 && !content.Site.Languages.Contains(listed.Value))
        {
            Error(listed.At, $"language '{listed.Value}' is not one of the site's languages ({string.Join(", ", content.Site.Languages)}) in site.yml");
        }

        SourceInfo? publication = null;
        var source = fm.Source;
        if (source is null)
        {
            if (!fm.Rejected.Contains("source")) Error(fm.At, "missing required field 'source' (with at least 'publication:', a key of sources.yml)");
        }
        else if (source.Publication is null) Error(source.At, "missing required field 'source.publication' (a key of sources.yml)");
        else if (!content.Sources.TryGetValue(source.Publication.Value.Value, out publication))
        {
            Error(source.Publication.Value.At, $"unknown source '{source.Publication.Value.Value}'{Suggestions.DidYouMean(source.Publication.Value.Value, content.Sources.Keys)}; sources are declared in sources.yml");
        }

        if (source?.Url is { } url)
        {
            if (!UrlRules.IsAbsoluteHttp(url.Value)) Error(url.At, $"'source.url' must be an absolute http(s) address, not '{url.Value}'");
        }
        else if (source is not null)
        {
            diagnostics.Warning(source.At, "no 'source.url': readers cannot check the original report");
        }

        if (source?.Language is { } olang && !LanguageNames.IsValidCode(olang.Value)) Error(olang.At, $"'source.language' must be a language code such as ko, not '{olang.Value}'");
        var originalLanguage = source?.Language?.Value ?? publication?.Language ?? "und";

        if (originalLanguage != language && fm.Translators.Count == 0 && publication is not null)
        {
            Error(fm.At, $"missing 'translators': the original is in {LanguageNames.Of(originalLanguage)} and this article in {LanguageNames.Of(language)}");
        }

        var topics = new List<TopicInfo>();
        if (fm.Topics.Count == 0 && !fm.Rejected.Contains("topics")) Error(fm.TopicsAt, "missing required field 'topics' (at least one key of topics.yml)");
        foreach (var t in fm.Topics)
        {
            if (content.Topics.TryGetValue(t.Value, out var topic))
            {
                if (!topics.Contains(topic)) topics.Add(topic);
            }
            else Error(t.At, $"unknown topic '{t.Value}'{Suggestions.DidYouMean(t.Value, content.Topics.Keys)}; topics are declared in topics.yml");
        }

        ArticleImage? image = null;
        if (fm.Image is { } img)
        {
            if (img.Src is { } src)
            {
                if (UrlRules.IsSiteRelative(src.Value))
                {
                    var mediaPath = src.Value.TrimStart('/');
                    if (!content.Media.Contains(Uri.UnescapeDataString(mediaPath), StringComparer.Ordinal))
                        Error(src.At, $"image '{src.Value}' does not exist (site-relative images live in content/media/)");
                }
                else if (!UrlRules.IsAbsoluteHttp(src.Value))
                {
                    Error(src.At, $"'image.src' must be an absolute http(s) address or a site path such as /media/photo.jpg, not '{src.Value}'");
                }

                if (img.Alt is null) Error(img.At, "the image has no 'alt' text: describe it for readers who cannot see it");
            }

            if (img.Credit is null) diagnostics.Warning(img.At, "the image has no 'credit'");
            image = new ArticleImage(img.Src?.Value, img.Alt?.Value, img.Caption?.Value, img.Credit?.Value);
        }

        var corrections = new List<Correction>();
        foreach (var c in fm.Corrections)
        {
            if (c.Date is null || c.Text is null) Error(c.At, "a correction needs both 'date' and 'text'");
            else corrections.Add(new Correction(c.Date.Value.Value, c.Text.Value.Value));
        }

        if (fm.Updated is { } updated && fm.Date is { } date && updated.Value.CompareTo(date.Value) < 0)
        {
            diagnostics.Warning(updated.At, $"'updated' ({updated.Value.IsoDate}) is before 'date' ({date.Value.IsoDate})");
        }

        if (source?.Published is { } published && fm.Date is { } translated && translated.Value.CompareTo(published.Value) < 0)
        {
            diagnostics.Warning(translated.At, $"the translation is dated {translated.Value.IsoDate}, before its original ({published.Value.IsoDate})");
        }

        if (fm.Summary is { } summary && summary.Value.Length > SummaryWarningLength)
        {
            diagnostics.Warning(summary.At, $"the summary is {summary.Value.Length} characters; keep it under {SummaryWarningLength} so it is not cut off in feeds and previews");
        }

        var summaryText = fm.Summary?.Value;
        if (summaryText is null)
        {
            try
            {
                summaryText = SummaryExtractor.FirstParagraph(file.Body.Text, pipeline);
            }
            catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException)
            {
                Error(new SourceLocation(path, file.BodyLine, 1), $"the body cannot be read: {e.Message}");
            }
        }

        if (!ok || fm.Rejected.Count > 0 || publication is null || fm.Title is null || fm.Date is null) return null;

        return new Article
        {
            RelativePath = file.RelativePath,
            DisplayPath = path,
            Slug = slug,
            Title = fm.Title.Value.Value,
            Date = fm.Date.Value.Value,
            Updated = fm.Updated?.Value,
            Language = language,
            Summary = summaryText ?? "",
            SummaryIsExplicit = fm.Summary is not null,
            Authors = fm.Authors.Select(a => a.Value).ToList(),
            Translators = fm.Translators.Select(t => t.Value).Distinct(StringComparer.Ordinal).ToList(),
            Publication = publication,
            OriginalUrl = source?.Url?.Value,
            OriginalTitle = source?.Title?.Value,
            OriginalLanguage = originalLanguage,
            OriginalPublished = source?.Published?.Value,
            Topics = topics,
            Places = fm.Places.Select(p => p.Value).ToList(),
            Image = image,
            TranslationKey = fm.TranslationKey?.Value,
            Corrections = corrections.OrderBy(c => c.Date).ToList(),
            Draft = fm.Draft,
            Body = file.Body,
            BodyLine = file.BodyLine,
            FileHash = file.FileHash,
        };
    }
}
