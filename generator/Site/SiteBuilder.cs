using StaticSite.Content;
using StaticSite.Linking;
using StaticSite.Output;
using StaticSite.Rendering;
using StaticSite.Validation;

namespace StaticSite.Site;

/// <summary>The only place the stage order is written: load, validate, index, render, post-process; publishing is the caller's one write.</summary>
public sealed class SiteBuilder
{
    private readonly Markdig.MarkdownPipeline _pipeline = MarkdownPipelineFactory.Create();
    private readonly ArticleFileCache? _parsed;
    private readonly BuildCache? _pages;

    /// <summary>A builder for one-off builds.</summary>
    public SiteBuilder()
    {
    }

    /// <summary>A builder that, when <paramref name="incremental"/>, keeps each build's parsed articles and pages in memory so the next build (as in <c>serve</c>) re-parses and re-renders only what changed.</summary>
    public SiteBuilder(bool incremental)
    {
        if (!incremental) return;
        _parsed = new ArticleFileCache();
        _pages = BuildCache.InMemory();
    }

    /// <summary>Builds the site from a content tree and a template tree, in memory, or written through to <paramref name="staging"/> (never to the output folder itself), reusing unchanged pages recorded in <paramref name="cache"/>.</summary>
    public BuildResult Build(IFileTree content, IFileTree templateTree, BuildOptions options, StagingArea? staging = null, BuildCache? cache = null, BuildProgress? progress = null)
    {
        var diagnostics = new DiagnosticBag();
        var timings = new StageTimer(progress);

        cache ??= _pages;
        cache?.Reset();
        var loaded = timings.Time("load", () => new ContentLoader().Load(content, diagnostics, _parsed));
        if (options.BaseUrl is { } baseUrl) loaded = loaded with { Site = loaded.Site with { BaseUrl = baseUrl } };
        var articles = timings.Time("validate", () => new ArticleValidator(_pipeline).Validate(loaded, options, diagnostics));
        var contentErrors = diagnostics.ErrorCount;
        var templates = timings.Time("templates", () => TemplateSet.Load(templateTree, diagnostics));
        var templatesFailed = diagnostics.ErrorCount > contentErrors;
        if (templatesFailed || (contentErrors > 0 && !options.RenderDespiteErrors)) return new BuildResult(null, diagnostics.Sorted(), articles.Count) { Timings = timings.Results, Articles = articles, Site = loaded.Site };

        var index = timings.Time("index", () => new SiteIndexer().IndexAll(loaded, articles));
        var output = timings.Time("render", () => new SiteRenderer(templates, new MarkdownRenderer(_pipeline)).Render(index, content, diagnostics, staging, cache, progress));
        timings.Time("post-process", () => new LinkChecker().Check(output, index.Default.RootUrls.BasePath, templateTree.DisplayPath(""), diagnostics));
        if (options.Audit) timings.Time("audit", () => new OutputAuditor().Audit(output, index.Default.RootUrls.BasePath, templateTree.DisplayPath(""), diagnostics));
        var reused = cache?.Reused ?? 0;
        if (cache is { IsInMemory: true } && !diagnostics.HasErrors) cache.Advance(output);

        return new BuildResult(output, diagnostics.Sorted(), articles.Count) { Timings = timings.Results, Articles = articles, Site = loaded.Site, ReusedPages = reused };
    }
}
