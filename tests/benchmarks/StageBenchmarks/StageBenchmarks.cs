using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using StaticSite.Content;
using StaticSite.Content.Files;
using StaticSite.Diagnostics;
using StaticSite.Incremental;
using StaticSite.Indexing;
using StaticSite.Media;
using StaticSite.Output;
using StaticSite.Pipeline;
using StaticSite.Rendering;
using StaticSite.Search;
using StaticSite.Validation;

namespace StaticSite.Benchmarks;

/// <summary>The hot stages of a build, each over the same generated corpus (make-corpus.py, 500 articles), so a change to one stage shows in its own figure.</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private MemoryFileTree _content = null!;
    private DiskFileTree _templateTree = null!;
    private LoadedContent _loaded = null!;
    private IReadOnlyList<Article> _articles = null!;
    private SiteIndex _index = null!;
    private TemplateSet _templates = null!;
    private OutputSet _rendered = null!;
    private readonly Markdig.MarkdownPipeline _pipeline = MarkdownPipelineFactory.Create();
    private string _scratch = "";

    /// <summary>Makes the corpus and runs the stages before the measured one.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        var corpus = Path.Combine(Path.GetTempPath(), "staticsite-benchmark-corpus");
        if (!Directory.Exists(corpus))
        {
            using var maker = Process.Start("python3", [Path.Combine(root, "..", "shared", "bench", "make-corpus.py"), "--articles", "500", "--out", corpus])!;
            maker.WaitForExit();
        }

        var disk = new DiskFileTree(corpus, "corpus");
        _content = new MemoryFileTree(disk.List().ToDictionary(p => p, disk.ReadText));
        _templateTree = new DiskFileTree(Path.Combine(root, "templates"), "templates");
        var diagnostics = new DiagnosticBag();
        _loaded = new ContentLoader().Load(_content, diagnostics);
        _articles = new ArticleValidator(_pipeline).Validate(_loaded, new BuildOptions().Selection, diagnostics).Articles;
        _index = new SiteIndexer().Index(_loaded, _articles);
        _templates = TemplateSet.Load(_templateTree, diagnostics);
        _rendered = RenderAll(diagnostics);
        _scratch = Directory.CreateTempSubdirectory("staticsite-benchmark-").FullName;
    }

    /// <summary>Removes the write benchmark's folders.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_scratch, true);

    /// <summary>Load stage: front matter split, YAML read and typed fields for every article.</summary>
    [Benchmark]
    public int FrontMatter() => new ContentLoader().Load(_content, new DiagnosticBag()).Articles.Count;

    /// <summary>Markdown: every article body rendered to HTML with link checks.</summary>
    [Benchmark]
    public int Markdown()
    {
        var renderer = new MarkdownRenderer(_pipeline);
        var policy = new BodyLinkPolicy(_index.Urls.BasePath, new HashSet<string>(_articles.Select(a => UrlMap.Article(a.Slug))));
        var length = 0;
        foreach (var article in _articles) length += renderer.Render(article, policy, new DiagnosticBag()).Html.Length;
        return length;
    }

    /// <summary>Render stage: every page of the site through the templates, in memory.</summary>
    [Benchmark]
    public int RenderSite() => RenderAll(new DiagnosticBag()).Count;

    /// <summary>The plan, render and write steps of the pipeline over the index, into memory.</summary>
    private OutputSet RenderAll(DiagnosticBag diagnostics)
    {
        var all = SiteIndexSet.Single(_index);
        var plan = PagePlanner.Plan(all, _templates);
        var output = new OutputSet();
        var terms = new SearchTermStore();
        var target = new PageRenderer.Target(output, PageRecords.Disabled(), diagnostics, null);
        var renderer = new PageRenderer(_templates, new MarkdownRenderer(_pipeline));
        renderer.Render(plan, all, target);
        SiteFiles.Write(all, plan, _templates, _content, output, new SiteFiles.Search(terms, null, () => { }),
            new SiteFiles.Pictures(VariantCache.None(), null, diagnostics), renderer);
        return output;
    }

    /// <summary>Write: every rendered file into a fresh staging folder.</summary>
    [Benchmark]
    public int Write()
    {
        using var claim = OutputClaim.Take(Path.Combine(_scratch, "out"), new OutputClaim.Rules(true, true, () => false), _ => { });
        var staging = StagingArea.Create(claim);
        var files = _rendered.Files;
        Parallel.ForEach(files, f => staging.Write(f.Path, f.ReadBytes()));
        staging.Flush();
        staging.Abort();
        return files.Count;
    }

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "StaticSite.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("StaticSite.sln not found");
    }
}
