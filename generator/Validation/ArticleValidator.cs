using Markdig;
using StaticSite.Content;
using StaticSite.Diagnostics;
using StaticSite.Media;

namespace StaticSite.Validation;

/// <summary>The validate step: checks each article block by block (identity, source, translators, topics, image, dates,
/// summary), then what must be unique across articles, and selects the articles to publish. <paramref name="images"/>
/// are the photographs the inspect step found; with <paramref name="warnsGps"/> (<c>check</c>), a photograph carrying GPS
/// coordinates is a warning at its <c>image.src</c>.</summary>
internal sealed class ArticleValidator(MarkdownPipeline pipeline, ImageCatalog? images = null, bool warnsGps = false)
{
    /// <summary>Validates every loaded article; returns the valid ones that this build publishes (drafts and future
    /// articles chosen by <paramref name="selection"/>), newest first.</summary>
    public SelectedArticles Validate(LoadedContent content, ArticleSelection selection, DiagnosticBag diagnostics)
    {
        var results = new Article?[content.Articles.Count];
        var places = NameRegistry.Of(content.Places);
        var glossary = content.Glossary.Count > 0 ? new GlossaryMatcher(content.Glossary) : null;
        Parallel.For(0, results.Length, i =>
        {
            try
            {
                results[i] = ValidateOne(content.Articles[i], content, (selection.Now, glossary, places),
                    diagnostics);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                diagnostics.Error(SourceLocation.FileOnly(content.Articles[i].DisplayPath),
                    $"internal error while validating: {e.GetType().Name}: {e.Message}");
            }
        });

        var valid = results.OfType<Article>().ToList();
        var duplicates = DuplicateRules.Slugs(valid, content.Articles, content.Site.Languages.Count > 1, diagnostics);
        DuplicateRules.Translations(valid, content.Articles, diagnostics);
        var candidates = valid.Where(a => !duplicates.Contains(a) && (selection.Drafts || !a.Draft)).ToList();
        var embargoed = candidates.Where(a => a.Embargo is { } e && e.Value > selection.Now).ToList();
        candidates = candidates.Except(embargoed).ToList();
        var nextLift = embargoed.Select(a => (DateTimeOffset?)a.Embargo!.Value.Value).Min();
        var future = selection.Future ? [] : candidates.Where(a => a.Date.Value > selection.Now).ToList();
        var futureDue = future.Select(a => (DateTimeOffset?)a.Date.Value).Min();
        var nextDue = futureDue;
        if (nextLift < nextDue || nextDue is null) nextDue = nextLift;
        var selected = candidates
            .Where(a => selection.Future || a.Date.Value <= selection.Now)
            .OrderByDescending(a => a.Date.Value)
            .ThenBy(a => a.Slug, StringComparer.Ordinal)
            .ToList();
        var published = new HashSet<string>(valid.Where(a => !duplicates.Contains(a)).Select(a => a.DisplayPath),
            StringComparer.Ordinal);
        return new SelectedArticles(selected, nextDue, future.Count)
        {
            FutureDue = futureDue,
            Held = embargoed,
            NextLift = nextLift,
            Rejected = content.Articles.Where(f => !published.Contains(f.DisplayPath)).ToList(),
        };
    }

    private Article? ValidateOne(ArticleFile file, LoadedContent content,
        (DateTimeOffset Now, GlossaryMatcher? Glossary, NameRegistry Places) run, DiagnosticBag diagnostics)
    {
        if (file.FrontMatter.Rejected.Contains(FrontMatter.Unreadable)) return null;
        var check = new ArticleCheck(file, content, diagnostics, images, warnsGps) { Now = run.Now };
        LimitRules.Check(check);
        var (slug, language) = IdentityRules.Check(check);
        var source = SourceRules.Check(check);
        var translators = TranslatorRules.Check(check, language, source);
        var topics = TopicRules.Check(check);
        var image = ImageRules.Check(check);
        var corrections = DateRules.Check(check);
        var summary = SummaryRules.Check(check, pipeline);
        var aliases = AliasRules.Check(check, slug, language);
        var withdrawn = WithdrawnRules.Check(check);
        PlaceRules.Check(check, run.Places);
        var archived = ArchiveRules.Check(check, source.Url);
        var embargo = EmbargoRules.Check(check);
        if (run.Glossary is { } glossary) GlossaryRules.Check(check, glossary);
        var fm = file.FrontMatter;
        if (!check.Ok || fm.Rejected.Count > 0 || source.Publication is null || fm.Title is null || fm.Date is null)
        {
            return null;
        }

        return new Article
        {
            RelativePath = file.RelativePath,
            DisplayPath = file.DisplayPath,
            Slug = slug,
            Title = fm.Title.Value.Value,
            Date = fm.Date.Value.Value,
            Updated = fm.Updated?.Value,
            Language = language,
            Summary = summary,
            SummaryIsExplicit = fm.Summary is not null,
            Authors = fm.Authors.Select(a => a.Value).ToList(),
            Translators = translators,
            Publication = source.Publication,
            OriginalUrl = source.Url,
            OriginalTitle = source.Title,
            OriginalLanguage = source.Language,
            OriginalPublished = source.Published,
            Topics = topics,
            Places = fm.Places.Select(p => p.Value).ToList(),
            Image = image,
            TranslationKey = fm.TranslationKey?.Value,
            Corrections = corrections,
            Draft = fm.Draft,
            Aliases = aliases,
            Withdrawn = withdrawn,
            Body = file.Body,
            BodyLine = file.BodyLine,
            FileHash = file.FileHash,
            Archived = archived,
            Embargo = embargo,
        };
    }
}
