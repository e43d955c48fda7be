using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Scriban.Runtime;
using Scriban.Syntax;
using StaticSite.Content;
using StaticSite.Diagnostics;
using StaticSite.Incremental;
using StaticSite.Indexing;
using StaticSite.Output;
using StaticSite.Rendering.Models;

namespace StaticSite.Rendering;

/// <summary>The render step: every planned page through its template into the layout, in parallel, each article body
/// through Markdown; a page whose fingerprint matches the previous build's record is taken from the previous output
/// instead.</summary>
internal sealed class PageRenderer(TemplateSet templates, MarkdownRenderer markdown)
{
    /// <summary>What rendering a site needs besides the plan: where pages go, the records of the previous build,
    /// where problems go, a callback for each page done, and the templates' time budget (by default
    /// <see cref="TemplateBudget.For"/> the plan's page count).</summary>
    public sealed record Target(OutputSet Output, PageRecords Records, DiagnosticBag Diagnostics, Action? PageDone,
        TemplateBudget? Budget = null);

    /// <summary>Renders (or reuses) every page of <paramref name="plan"/>; returns the output paths of the pages a
    /// template error kept from rendering (each error is reported once). A cancelled render throws
    /// <see cref="OperationCanceledException"/>. At most one page per core renders at a time: adding a page blocks
    /// when the staging queue is full, and the thread pool would otherwise add threads, each with its own template
    /// context and page builders.</summary>
    public IReadOnlySet<string> Render(
        SitePlan plan, SiteIndexSet all, Target target, CancellationToken cancellation = default)
    {
        var fingerprints = target.Records.Enabled ? new PageFingerprints(templates, all) : null;
        var pass = new Pass(plan.Links, target, new TemplateFailures(),
            target.Budget ?? TemplateBudget.For(plan.Pages.Count));
        using var contexts = new ThreadLocal<HtmlTemplateContext>(templates.CreateContext);
        var parallel = new ParallelOptions
        {
            CancellationToken = cancellation, MaxDegreeOfParallelism = Environment.ProcessorCount,
        };
        Parallel.ForEach(plan.Pages, parallel, page =>
        {
            target.PageDone?.Invoke();
            try
            {
                RenderOne(page, fingerprints?.Of(page), contexts.Value!, pass);
            }
            catch (Exception e) when (e is not (OutOfMemoryException or IOException or UnauthorizedAccessException))
            {
                var file = page.Article?.DisplayPath ?? templates.Tree.DisplayPath(page.Template + ".html");
                target.Diagnostics.Error(SourceLocation.FileOnly(file),
                    $"internal error while rendering {page.SitePath}: {e.GetType().Name}: {e.Message}");
            }
        });
        pass.Failures.Report(target.Diagnostics);
        return pass.Failures.Pages;
    }

    /// <summary>One render of a site: the links bodies may make, where pages go, the template errors gathered and the
    /// templates' time budget.</summary>
    private sealed record Pass(BodyLinkPolicy Links, Target Target, TemplateFailures Failures, TemplateBudget Budget);

    private void RenderOne(PlannedPage page, string? key, HtmlTemplateContext context, Pass pass)
    {
        var (links, target, failures, budget) = pass;
        var path = UrlMap.OutputFile(page.SitePath);
        if (key is not null && target.Records.CanReuse(path, key, out var previousLinks)
            && previousLinks.All(links.Resolves))
        {
            target.Records.Reuse(target.Output, path, key, previousLinks);
            return;
        }

        var model = page.Model();
        if (budget.Exhausted)
        {
            failures.Add(SourceLocation.FileOnly(templates.Tree.DisplayPath("layouts/base.html")), budget.Exceeded,
                path, model.Kind, model.Title);
            return;
        }

        IReadOnlyList<string> bodyLinks = [];
        if (page.Article is { } article && model is ArticlePageModel articleModel)
        {
            var text = article.Body.Text;
            var body = markdown.Render(article, text, links, target.Diagnostics, page.SitePath);
            bodyLinks = HtmlLinks.Of(body.Html).Where(t => t.StartsWith('/')).Distinct().Order(StringComparer.Ordinal)
                .ToList();
            model = articleModel with { Body = body };
        }

        context.Track((model as ArticlePageModel)?.Body);
        var html = RenderPage(context, budget, page.Template, page.Site!, model, (at, message) =>
            failures.Add(at, message, path, model.Kind, model.Title));
        var bodyOffset = context.TrackedOffset;
        context.Track(null);
        if (html is null) return;
        if (html.Length > ContentLimits.PageBytes / 3 && Encoding.UTF8.GetByteCount(html.ToString()) is var bytes
            && bytes > ContentLimits.PageBytes)
        {
            failures.Add(SourceLocation.FileOnly(templates.Tree.DisplayPath(page.Template + ".html")),
                $"the page would be {bytes / (1024 * 1024)} MiB; a page may be at most " +
                    $"{ContentLimits.PageBytes / (1024 * 1024)} MiB (docs/OPERATIONS.md)",
                path, model.Kind, model.Title);
            return;
        }

        var bodyRange = model is ArticlePageModel { Body: var shown } && bodyOffset >= 0
            ? BodyBytes.Range(html, bodyOffset, shown.Html) : null;
        target.Output.AddText(path, html);
        if (bodyRange is { } range) target.Output.Bodies.Record(path, range.Start, range.Length);
        if (key is not null) target.Records.Record(path, key, bodyLinks, reused: false, bodyRange);
    }

    /// <summary>The body of <paramref name="article"/> rendered from its Markdown, for a feed when its page's bytes
    /// do not say where the body is (a template that prints it twice or re-indents it); problems were reported when
    /// the page was rendered.</summary>
    public string BodyFromMarkdown(Article article, BodyLinkPolicy links) =>
        markdown.Render(article, links, new DiagnosticBag()).Html;

    /// <summary>Renders the page of <paramref name="edited"/>, a newer version of <paramref name="indexed"/> (same slug
    /// and language) than the one <paramref name="plan"/> was made with, as a full build would; null on a template
    /// error.</summary>
    public string? RenderArticle(SitePlan plan, SiteIndexSet all, Article edited, Article indexed,
        DiagnosticBag diagnostics)
    {
        var index = all.IndexOf(indexed);
        var models = new PageModelFactory(index, all, templates.Strings);
        var model = models.Article(edited,
            markdown.Render(edited, plan.Links, diagnostics, index.Urls.Prefix + UrlMap.Article(edited.Slug)), indexed);
        var failures = new TemplateFailures();
        var html = RenderPage(templates.CreateContext(), TemplateBudget.For(1), "pages/article",
            plan.Sites[index.Language], model, (at, message) => failures.Add(at, message, "", model.Kind, model.Title));
        failures.Report(diagnostics);
        return html?.ToString();
    }

    /// <summary>The page's HTML, in the context's reused builder; null after a template error, which goes to
    /// <paramref name="failed"/> with its place in the template.</summary>
    private StringBuilder? RenderPage(HtmlTemplateContext context, TemplateBudget budget, string template,
        SiteModel site, PageModel page, Action<SourceLocation, string> failed)
    {
        var globals = new ScriptObject();
        globals.SetValue("site", site, true);
        globals.SetValue("page", page, true);
        globals.SetValue("t", templates.Strings.For(
            page is ArticlePageModel article ? article.Language : site.Language, site.DefaultLanguage), true);
        context.PushGlobal(globals);
        context.BeginPage(budget);
        try
        {
            globals.SetValue("content", context.RenderContent(templates.Get(template)), true);
            return context.RenderPage(templates.Get("layouts/base"));
        }
        catch (ScriptRuntimeException e) when (e.OriginalMessage == budget.Exceeded)
        {
            failed(SourceLocation.FileOnly(templates.Tree.DisplayPath("layouts/base.html")), budget.Exceeded);
            return null;
        }
        catch (ScriptRuntimeException e)
        {
            failed(new SourceLocation(e.Span.FileName ?? template + ".html", e.Span.Start.Line + 1, e.Span.Start.Column
                + 1),
                e.InnerException is RegexMatchTimeoutException ? RegexTooSlow(budget) : e.OriginalMessage);
            return null;
        }
        catch (RegexMatchTimeoutException)
        {
            failed(SourceLocation.FileOnly(templates.Tree.DisplayPath(template + ".html")), RegexTooSlow(budget));
            return null;
        }
        finally
        {
            context.EndPage();
            context.PopGlobal();
        }
    }

    private static string RegexTooSlow(TemplateBudget budget) =>
        string.Create(CultureInfo.InvariantCulture, $"a regular expression ran longer than " +
            $"{budget.PerPage.TotalSeconds:0.#} s, the limit for one page (docs/OPERATIONS.md)");
}
