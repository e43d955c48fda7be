using StaticSite.Checks;
using StaticSite.Content.Files;
using StaticSite.Content;
using StaticSite.Diagnostics;
using StaticSite.Incremental;
using StaticSite.Indexing;
using StaticSite.Output;
using StaticSite.Rendering;
using StaticSite.Search;
using StaticSite.Validation;



namespace StaticSite.Pipeline;

/// <summary>The only place the stage order is written: load, validate, index, render, post-process; publishing is the caller's one write.</summary>
public sealed class SiteBuilder
{
    private readonly Markdig.MarkdownPipeline _pipeline = MarkdownPipelineFactory.Create();
    private readonly ArticleFileCache? _parsed;
    private readonly BuildCache? _pages;
    private readonly BodyTermCache? _searchTerms;
    private LastBuild? _last;

    private sealed record LastBuild(LoadedContent Loaded, SiteIndexSet Index, SiteRenderer Renderer);

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
        _searchTerms = new BodyTermCache();
    }

    /// <summary>Builds the site from a content tree and a template tree, in memory, or written through to <paramref name="staging"/> (never to the output folder itself), reusing unchanged pages recorded in <paramref name="cache"/>; a cancelled build throws <see cref="OperationCanceledException"/> and changes no kept state.</summary>
    public BuildResult Build(IFileTree content, IFileTree templateTree, BuildOptions options, StagingArea? staging = null, BuildCache? cache = null, BuildProgress? progress = null, CancellationToken cancellation = default)
    {
        var diagnostics = new DiagnosticBag();
        var timings = new StageTimer(progress);

        cache ??= _pages;
        cache?.Reset();
        var loaded = timings.Time("load", () => new ContentLoader().Load(content, diagnostics, _parsed, cache?.Articles));
        if (options.BaseUrl is { } baseUrl) loaded = loaded with { Site = loaded.Site with { BaseUrl = baseUrl } };
        var validator = new ArticleValidator(_pipeline);
        var articles = timings.Time("validate", () => validator.Validate(loaded, options, diagnostics));
        loaded = loaded with { Articles = [] };
        var contentErrors = diagnostics.ErrorCount;
        var templates = timings.Time("templates", () => TemplateSet.Load(templateTree, diagnostics));
        var templatesFailed = diagnostics.ErrorCount > contentErrors;
        if (templatesFailed || (contentErrors > 0 && !options.RenderDespiteErrors)) return new BuildResult(null, diagnostics.Sorted(), articles.Count) { Timings = timings.Results, Articles = articles, Site = loaded.Site };

        cancellation.ThrowIfCancellationRequested();
        var index = timings.Time("index", () => new SiteIndexer().IndexAll(loaded, articles));
        var searchTerms = _searchTerms ?? new BodyTermCache(cache is { IsInMemory: false } ? cache.SearchTerms : null);
        var renderer = new SiteRenderer(templates, new MarkdownRenderer(_pipeline)) { SearchTerms = searchTerms };
        var output = timings.Time("render", () => renderer.Render(index, content, diagnostics, staging, cache, progress, cancellation));
        timings.Time("post-process", () => new LinkChecker().Check(output, index.Default.RootUrls.BasePath, templateTree.DisplayPath(""), diagnostics));
        if (options.Audit) timings.Time("audit", () => new OutputAuditor().Audit(output, index.Default.RootUrls.BasePath, templateTree.DisplayPath(""), diagnostics));
        var reused = cache?.Reused ?? 0;
        if (cache is { IsInMemory: true } && !diagnostics.HasErrors) cache.Advance(output);
        if (_parsed is not null && !diagnostics.HasErrors) _last = new LastBuild(loaded, index, renderer);

        return new BuildResult(output, diagnostics.Sorted(), articles.Count) { Timings = timings.Results, Articles = articles, Site = loaded.Site, ReusedPages = reused, NextDue = validator.NextDue };
    }

    /// <summary>Renders the page of one edited article file against the last good build of this incremental builder, so <c>serve</c> can show an edit before the full rebuild ends; null when only a full build can tell (no good build yet, any error, a new, moved, draft or future article).</summary>
    public OutputFile? Preview(IFileTree content, string path, BuildOptions options)
    {
        var last = _last;
        if (last is null) return null;
        var diagnostics = new DiagnosticBag();
        var file = new ContentLoader().LoadArticle(content, path, diagnostics, _parsed);
        if (file is null || diagnostics.HasErrors) return null;
        var loaded = last.Loaded with { Articles = [file] };
        var articles = new ArticleValidator(_pipeline).Validate(loaded, options, diagnostics);
        if (diagnostics.HasErrors || articles is not [var article]) return null;

        var index = last.Index.Languages.FirstOrDefault(l => l.Language == article.Language);
        var indexed = index?.Articles.FirstOrDefault(a => a.DisplayPath == article.DisplayPath);
        if (index is null || indexed is null || indexed.Slug != article.Slug) return null;
        var html = last.Renderer.RenderArticle(last.Index, index, article, indexed, diagnostics);
        if (html is null || diagnostics.HasErrors) return null;
        return new OutputFile(UrlMap.OutputFile(index.Urls.Prefix + UrlMap.Article(article.Slug)), System.Text.Encoding.UTF8.GetBytes(html.Replace("\r\n", "\n", StringComparison.Ordinal)), null);
    }
}
