using System.Text;
using Markdig;
using StaticSite.Checks;
using StaticSite.Content;
using StaticSite.Content.Files;
using StaticSite.Diagnostics;
using StaticSite.History;
using StaticSite.Incremental;
using StaticSite.Indexing;
using StaticSite.Media;
using StaticSite.Output;
using StaticSite.Permalinks;
using StaticSite.Rendering;
using StaticSite.Validation;

namespace StaticSite.Pipeline;

/// <summary>The build, as one flat list of named, timed steps; every command runs it: <c>build</c> publishes to a
/// folder, <c>check</c> keeps going past errors and writes nothing, <c>serve</c> keeps the site in memory and remembers
/// each build in its <see cref="BuildState"/>.</summary>
internal sealed class BuildPipeline(BuildState state)
{
    private readonly MarkdownPipeline _markdown = MarkdownPipelineFactory.Create();
    private LastBuild? _last;

    /// <summary>What a preview of an edited article needs of the last good build.</summary>
    private sealed record LastBuild(LoadedContent Content, SiteIndexSet Index, SitePlan Plan, PageRenderer Renderer);

    /// <summary>A pipeline for one-off builds, remembering nothing.</summary>
    public BuildPipeline()
        : this(BuildState.None())
    {
    }

    /// <summary>Builds the site from <paramref name="content"/> and <paramref name="templates"/>: in memory, or, when
    /// <paramref name="options"/> names an output folder, under that folder's lock, staged beside it and published only
    /// when there is no error. A file-system failure (no space, read-only, permission denied…) ends the build with an
    /// <see cref="OutputProblem"/> and leaves the output as it was. A cancelled build throws
    /// <see cref="OperationCanceledException"/> and leaves the state and the output as they were.</summary>
    public BuildResult Build(IFileTree content, IFileTree templates, BuildOptions options,
        BuildProgress? progress = null,
        CancellationToken cancellation = default)
    {
        var steps = new StepTimer(progress);
        if (options.OutputDir is not { } folder) return Build(content, templates, options, null, steps, cancellation);
        OutputClaim? claim = null;
        try
        {
            claim = steps.Run("claim output", () => OutputClaim.Take(folder,
                new OutputClaim.Rules(options.Wait, options.Force, () => state.VouchesForOutput),
                pid => progress?.Waiting?.Invoke(pid)));
            if (claim.Problem is { } problem) return Refused(problem, claim, steps);
            return Build(content, templates, options, claim, steps, cancellation);
        }
        catch (Exception e) when (FileSystemError.Find(e) is { } failure)
        {
            var outcome = claim?.Published == true
                ? $"the new site was published to {claim.Display}, but the cache was not saved (the next build " +
                    "starts from nothing)"
                : $"{claim?.Display ?? folder + "/"} was left as it was";
            return Refused(new OutputProblem(OutputProblemKind.FileSystem,
                $"{FileSystemError.Describe(failure)}; {outcome}"), claim, steps);
        }
        finally
        {
            if (claim is { Problem: null }) state.DropSetAside();
            claim?.Dispose();
        }
    }

    private BuildResult Build(IFileTree content, IFileTree templates, BuildOptions options, OutputClaim? claim,
        StepTimer steps, CancellationToken cancellation)
    {
        var diagnostics = new DiagnosticBag();
        var inputs = claim is null ? null
            : steps.Run("check inputs", () => InputDigest.Of(content, templates,
                options.Settings() + "\ngit " + ContentHistory.Head(content)));
        if (inputs is not null && state.IsUpToDate(inputs, options.Now)) return UpToDate(steps, claim);
        state.Pages.Reset();
        var loaded = steps.Run("load", () => Load(content, options, diagnostics));
        var images = steps.Run("inspect images", () =>
            ImageCatalog.Inspect(content, loaded.Media, options.CheckEverything, diagnostics));
        var selected = steps.Run("validate", () => new ArticleValidator(_markdown, images, options.CheckEverything)
            .Validate(loaded, options.Selection, diagnostics));
        loaded = loaded with { Articles = [] };
        var contentErrors = diagnostics.ErrorCount;
        var templateSet = steps.Run("load templates", () => TemplateSet.Load(templates, diagnostics));
        if (diagnostics.ErrorCount > contentErrors || (contentErrors > 0 && !options.CheckEverything))
        {
            return Result(null, diagnostics, selected, loaded, steps, claim);
        }

        cancellation.ThrowIfCancellationRequested();
        steps.Run("set aside article records", state.ArticlesLoaded);
        var history = steps.Run("read history", () => state.History = ContentHistory.Read(
            content, loaded.Site, diagnostics, state.Remembers ? state.PreviousHistory : null));
        var articles = history.Apply(selected.Articles);
        var font = Font(content, loaded.Site, options, diagnostics);
        var held = EmbargoedMedia.Of(selected.Held, articles, loaded.Media);
        var index = steps.Run("index", () => new SiteIndexer().IndexAll(WithoutMedia(loaded, held), articles)
            .With(new SiteMedia(images.Without(held), font is not null && loaded.Site.ArticleCards)));
        var plan = steps.Run("plan pages", () => PagePlanner.Plan(index, templateSet));
        if (!PagePlanner.WithinLimit(plan, content.DisplayPath("articles"), diagnostics))
        {
            return Result(null, diagnostics, selected, loaded, steps, claim);
        }

        var redirects = steps.Run("plan redirects", () => RedirectPlanner.Plan(index, plan, diagnostics));
        var permalinks = options.PermalinkRecord is { } record
            ? steps.Run("check permalinks", () => PermalinkSteps.Guard(PermalinkSteps.Facts(
                index, plan, redirects, options.Now, content, diagnostics), record, options.AllowRemoved, diagnostics))
            : null;
        var planned = new Planned(loaded, selected, index, plan, templateSet, redirects, permalinks, font, inputs);
        return RenderAndPublish(planned, content, options, claim, steps, diagnostics, cancellation);
    }

    /// <summary>What the steps up to planning hand to the rendering, writing, checking and publishing steps.</summary>
    private sealed record Planned(LoadedContent Loaded, SelectedArticles Selected, SiteIndexSet Index, SitePlan Plan,
        TemplateSet Templates, IReadOnlyList<Redirect> Redirects, PermalinkCheck? Permalinks, CardFont? Font,
        string? Inputs);

    private BuildResult RenderAndPublish(Planned p, IFileTree content, BuildOptions options, OutputClaim? claim,
        StepTimer steps, DiagnosticBag diagnostics, CancellationToken cancellation)
    {
        var (loaded, selected, index, plan) = (p.Loaded, p.Selected, p.Index, p.Plan);
        var (templateSet, redirects, permalinks) = (p.Templates, p.Redirects, p.Permalinks);
        var progress = steps.Progress;
        var renderer = new PageRenderer(templateSet, new MarkdownRenderer(_markdown));
        var output = claim is null ? new OutputSet() : new OutputSet(StagingArea.Create(claim));
        try
        {
            var target = new PageRenderer.Target(
                output, state.Pages, diagnostics, progress is null ? null : progress.Step);
            var failed = steps.Run("render pages", () => renderer.Render(plan, index, target, cancellation),
                plan.Pages.Count);
            if (options.CheckEverything && selected.Rejected.Count > 0)
            {
                steps.Run("check rejected bodies", () => CheckRejected(selected.Rejected, plan.Links, diagnostics));
            }

            steps.Run("write site files", () =>
            {
                PermalinkSteps.WriteRedirects(redirects, index, templateSet, plan.Assets, output);
                SiteFiles.Write(index, plan, templateSet, content, output,
                    new SiteFiles.Search(state.Terms, state.Remembers ? state.Pages : null, state.TermsWeighed),
                    new SiteFiles.Pictures(state.Media, p.Font, diagnostics), renderer);
            });
            Check(steps, output, index, failed, templateSet.Tree.DisplayPath(""), options, diagnostics,
                PermalinkSteps.Refresh(redirects, index));
            if (diagnostics.HasErrors)
            {
                output.Staging?.Abort();
                return Result(output, diagnostics, selected, loaded, steps, claim) with
                {
                    PermalinkNote = permalinks?.Note,
                };
            }

            var result = Result(output, diagnostics, selected, loaded, steps, claim) with
            {
                PermalinkNote = permalinks?.Note,
            };
            var summary = new BuildSummary(p.Inputs, selected.NextDue, selected.FutureCount, result.Diagnostics)
            {
                Embargo = (selected.Embargoed, selected.NextLift), FutureDue = selected.FutureDue,
            };
            SaveAndPublish(output, summary, claim, steps);
            if (claim is not null && options.PermalinkRecord is { } file && permalinks is not null)
            {
                steps.Run("record permalinks", () => PublishedUrls.Write(file, permalinks.Current));
            }

            if (state.Remembers) _last = new LastBuild(loaded, index, plan, renderer);
            return result with { Timings = steps.Results, Notes = claim?.Notes ?? [] };
        }
        catch
        {
            output.Staging?.Abort();
            throw;
        }
    }

    /// <summary>Renders the page of one edited article file against the last good build, so <c>serve</c> can show an
    /// edit before the full rebuild ends; null when only a full build can tell (no good build yet, any error, a new,
    /// moved, draft or future article).</summary>
    public OutputFile? Preview(IFileTree content, string path, BuildOptions options)
    {
        if (_last is not { } last) return null;
        var diagnostics = new DiagnosticBag();
        var file = new ContentLoader().LoadArticle(content, path, diagnostics, state.Articles);
        if (file is null || diagnostics.HasErrors) return null;
        var selected = new ArticleValidator(_markdown)
            .Validate(last.Content with { Articles = [file] }, options.Selection, diagnostics);
        if (diagnostics.HasErrors || selected.Articles is not [var article]) return null;

        var index = last.Index.Languages.FirstOrDefault(l => l.Language == article.Language);
        var indexed = index?.Articles.FirstOrDefault(a => a.DisplayPath == article.DisplayPath);
        if (index is null || indexed is null || indexed.Slug != article.Slug) return null;
        article = article with { Revisions = indexed.Revisions, Revised = indexed.Revised };
        var html = last.Renderer.RenderArticle(last.Plan, last.Index, article, indexed, diagnostics);
        if (html is null || diagnostics.HasErrors) return null;
        var page = UrlMap.OutputFile(index.Urls.Prefix + UrlMap.Article(article.Slug));
        return new OutputFile(page, Encoding.UTF8.GetBytes(html.Replace("\r\n", "\n", StringComparison.Ordinal)), null);
    }

    /// <summary>The content without <paramref name="held"/>, the media files only embargoed articles show.</summary>
    private static LoadedContent WithoutMedia(LoadedContent loaded, IReadOnlySet<string> held) =>
        held.Count == 0 ? loaded : loaded with { Media = loaded.Media.Where(m => !held.Contains(m)).ToList() };

    /// <summary>The font social cards are drawn with; without one, when <c>site.yml</c> asks for article cards, a
    /// warning (once per build) says what to install.</summary>
    private static CardFont? Font(IFileTree content, SiteConfig site, BuildOptions options, DiagnosticBag diagnostics)
    {
        var font = CardFont.Find(options.CardFonts);
        if (font is null && site.ArticleCards)
        {
            diagnostics.Warning(SourceLocation.FileOnly(content.DisplayPath("site.yml")),
                $"no font for social cards: none of {string.Join(", ", options.CardFonts)} holds {CardFont.Family} " +
                "(install Debian's fonts-noto-cjk); articles without a photograph are shared with the site image");
        }

        return font;
    }

    private LoadedContent Load(IFileTree content, BuildOptions options, DiagnosticBag diagnostics)
    {
        var loaded = new ContentLoader().Load(content, diagnostics, state.Remembers ? state.Articles : null);
        return options.BaseUrl is { } baseUrl ? loaded with { Site = loaded.Site with { BaseUrl = baseUrl } } : loaded;
    }

    /// <summary>The checks of the built pages: every internal link (except to pages a template error already kept from
    /// rendering), and, when asked, the markup's safety and each page's anchors and media (<c>check</c>).</summary>
    private static void Check(StepTimer steps, OutputSet output, SiteIndexSet index, IReadOnlySet<string> failed,
        string templatesDisplay, BuildOptions options, DiagnosticBag diagnostics, RefreshPolicy refresh)
    {
        var basePath = index.Default.RootUrls.BasePath;
        steps.Run("check links", () => new LinkChecker()
            .Check(output, basePath, templatesDisplay, diagnostics, failed));
        if (options.Audit)
        {
            steps.Run("audit", () => new OutputAuditor().Audit(output, basePath, templatesDisplay, diagnostics, refresh));
        }

        if (!options.CheckEverything) return;
        var articlePages = index.Languages
            .SelectMany(l => l.Articles.Select(
                a => (Page: UrlMap.OutputFile(l.Urls.Prefix + UrlMap.Article(a.Slug)), Article: a)))
            .ToDictionary(p => p.Page, p => p.Article, StringComparer.Ordinal);
        steps.Run("check pages", () => new PageLinkChecker()
            .Check(output, basePath, articlePages, templatesDisplay, diagnostics));
    }

    /// <summary>Renders, for their diagnostics only, the bodies of the files validation left out, so one
    /// <c>check</c> reports a file's broken links with its front-matter errors.</summary>
    private void CheckRejected(IReadOnlyList<ArticleFile> rejected, BodyLinkPolicy links, DiagnosticBag diagnostics)
    {
        var renderer = new MarkdownRenderer(_markdown);
        Parallel.ForEach(rejected, file => renderer.Check(file, links, diagnostics));
    }

    /// <summary>The save cache step (before anything is published, so a cache that cannot be written leaves the old
    /// site in place), then, for a build into a folder, the publish step.</summary>
    private void SaveAndPublish(OutputSet output, BuildSummary summary, OutputClaim? claim, StepTimer steps)
    {
        steps.Run("save cache", () => state.Keep(output, summary, output.Staging?.Root));
        if (claim is null) return;
        TestHooks.Reached("cache-saved");
        steps.Run("publish", () => Publish(output, claim));
    }

    /// <summary>The publish step: the old cache manifest goes, the new site is swapped in, the new manifest takes
    /// effect, the previous site is removed; a test can stop the process between any two of these.</summary>
    private void Publish(OutputSet output, OutputClaim claim)
    {
        var publisher = new SitePublisher();
        state.Forget();
        TestHooks.Reached("cache-forgotten");
        var previous = publisher.Publish(output, claim);
        state.Promote();
        TestHooks.Reached("cache-kept");
        publisher.RemovePrevious(previous, claim);
    }

    private BuildResult UpToDate(StepTimer steps, OutputClaim? claim) =>
        new(null, state.PreviousWarnings, 0)
        {
            UpToDate = true, PreviousFileCount = state.PreviousFileCount, Timings = steps.Results,
            FutureCount = state.PreviousFutureCount, FutureDue = state.PreviousFutureDue, Notes = claim?.Notes ?? [],
            Embargoed = state.PreviousEmbargo.Count, NextLift = state.PreviousEmbargo.NextLift,
        };

    private static BuildResult Refused(OutputProblem problem, OutputClaim? claim, StepTimer steps) =>
        new(null, [], 0) { Problem = problem, Timings = steps.Results, Notes = claim?.Notes ?? [] };

    private BuildResult Result(OutputSet? output, DiagnosticBag diagnostics, SelectedArticles selected,
        LoadedContent loaded, StepTimer steps, OutputClaim? claim) =>
        new(output, diagnostics.Sorted(), selected.Articles.Count)
        {
            Timings = steps.Results,
            Site = loaded.Site,
            ReusedPages = state.Pages.Reused,
            NextDue = selected.NextDue,
            FutureCount = selected.FutureCount,
            FutureDue = selected.FutureDue,
            Notes = claim?.Notes ?? [],
            Embargoed = selected.Embargoed,
            NextLift = selected.NextLift,
        };
}
