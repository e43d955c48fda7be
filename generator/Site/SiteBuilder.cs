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

    /// <summary>Builds the site in memory from a content tree and a template tree; nothing is written to disk.</summary>
    public BuildResult Build(IFileTree content, IFileTree templateTree, BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();

        var loaded = new ContentLoader().Load(content, diagnostics);
        if (options.BaseUrl is { } baseUrl) loaded = loaded with { Site = loaded.Site with { BaseUrl = baseUrl } };
        var articles = new ArticleValidator(_pipeline).Validate(loaded, options, diagnostics);
        var templates = TemplateSet.Load(templateTree, diagnostics);
        if (diagnostics.HasErrors) return new BuildResult(null, diagnostics.Sorted(), articles.Count);

        var index = new SiteIndexer().Index(loaded, articles);
        var output = new SiteRenderer(templates, new MarkdownRenderer(_pipeline)).Render(index, content, diagnostics);
        new LinkChecker().Check(output, index.Urls.BasePath, templateTree.DisplayPath(""), diagnostics);
        var auditClock = System.Diagnostics.Stopwatch.StartNew();
        if (Environment.GetEnvironmentVariable("SKIP_AUDIT") is null) new OutputAuditor().Audit(output, index.Urls.BasePath, templateTree.DisplayPath(""), diagnostics);
        if (Environment.GetEnvironmentVariable("AUDIT_TIME") is not null) Console.Error.WriteLine($"audit: {auditClock.Elapsed.TotalMilliseconds} ms");

        return new BuildResult(output, diagnostics.Sorted(), articles.Count);
    }
}
