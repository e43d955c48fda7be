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

    /// <summary>Builds the site from a content tree and a template tree, in memory, or written through to <paramref name="staging"/> (never to the output folder itself).</summary>
    public BuildResult Build(IFileTree content, IFileTree templateTree, BuildOptions options, StagingArea? staging = null)
    {
        var diagnostics = new DiagnosticBag();
        var timings = new StageTimer();

        var loaded = timings.Time("load", () => new ContentLoader().Load(content, diagnostics));
        if (options.BaseUrl is { } baseUrl) loaded = loaded with { Site = loaded.Site with { BaseUrl = baseUrl } };
        var articles = timings.Time("validate", () => new ArticleValidator(_pipeline).Validate(loaded, options, diagnostics));
        var templates = timings.Time("templates", () => TemplateSet.Load(templateTree, diagnostics));
        if (diagnostics.HasErrors) return new BuildResult(null, diagnostics.Sorted(), articles.Count) { Timings = timings.Results };

        var index = timings.Time("index", () => new SiteIndexer().Index(loaded, articles));
        var output = timings.Time("render", () => new SiteRenderer(templates, new MarkdownRenderer(_pipeline)).Render(index, content, diagnostics, staging));
        timings.Time("post-process", () => new LinkChecker().Check(output, index.Urls.BasePath, templateTree.DisplayPath(""), diagnostics));
        if (options.Audit) timings.Time("audit", () => new OutputAuditor().Audit(output, index.Urls.BasePath, templateTree.DisplayPath(""), diagnostics));

        return new BuildResult(output, diagnostics.Sorted(), articles.Count) { Timings = timings.Results };
    }
}
