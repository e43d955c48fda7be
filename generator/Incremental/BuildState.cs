using StaticSite.Diagnostics;
using StaticSite.History;
using StaticSite.Media;
using StaticSite.Output;
using StaticSite.Search;

namespace StaticSite.Incremental;

/// <summary>Everything a build remembers from the builds before it, handed to the pipeline as one object: the parsed
/// article files, the record of every page, every article's weighted search terms, and the encoded images. It lives in memory
/// (<c>serve</c>: each successful build becomes the one the next reuses from), in a cache folder beside the output
/// (<c>build</c>: read when first needed, written after the output is published), or nowhere (<c>check</c>,
/// tests).</summary>
internal sealed class BuildState
{
    private const string ManifestName = "manifest.json";
    private const string ArticlesName = "articles.bin";
    private const string TermsName = "search-terms.bin";
    private const string HistoryName = "history.bin";
    private const string MediaName = "media";
    private readonly string? _folder;
    private readonly string? _outputDir;
    private readonly CacheManifest? _stored;
    private readonly Lazy<ArticleStore> _articles;
    private readonly Lazy<SearchTermStore> _terms;
    private ContentHistory? _history;
    private bool _historyLoaded;

    private BuildState(string? folder, string? outputDir, CacheManifest? stored, PageRecords pages,
        Func<ArticleStore> articles,
        Func<SearchTermStore> terms,
        VariantCache media)
    {
        Media = media;
        _folder = folder;
        _outputDir = outputDir;
        _stored = stored;
        Pages = pages;
        _articles = new Lazy<ArticleStore>(articles);
        _terms = new Lazy<SearchTermStore>(terms);
    }

    /// <summary>The version every record is tied to: the generator's build, so new code never reuses what old code
    /// made.</summary>
    public static string GeneratorVersion { get; } = typeof(
        BuildState).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>A state that remembers nothing: every article is parsed, every page rendered.</summary>
    public static BuildState None() =>
        new(null, null, null, PageRecords.Disabled(), ArticleStore.Disabled, () => new SearchTermStore(),
            VariantCache.None());

    /// <summary>A state kept in memory from one build to the next of the same process.</summary>
    public static BuildState InMemory() =>
        new(null, null, null, PageRecords.InMemory(), ArticleStore.InMemory, () => new SearchTermStore(),
            VariantCache.InMemory());

    /// <summary>The state kept in <paramref name="folder"/> for builds into <paramref name="outputDir"/>; with
    /// <paramref name="clean"/>, or when it is missing, unreadable or from another generator build or output folder,
    /// the build starts from nothing (and saves a new state when it succeeds).</summary>
    public static BuildState OnDisk(string folder, string outputDir, bool clean)
    {
        var output = Path.GetFullPath(outputDir);
        var stored = clean || !Directory.Exists(output) ? null : CacheManifest.Read(Path.Combine(folder, ManifestName));
        if (stored is not null && (stored.Generator != GeneratorVersion || stored.Output != output)) stored = null;
        var pages = PageRecords.InFolder(stored?.Pages ?? new Dictionary<string, PageRecord>(), output);
        return new BuildState(folder, output, stored, pages,
            () => clean ? ArticleStore.OnDisk()
                : ArticleStore.Load(Path.Combine(folder, ArticlesName), GeneratorVersion),
            () => clean ? new SearchTermStore()
                : SearchTermStore.Load(Path.Combine(folder, TermsName), GeneratorVersion),
            VariantCache.OnDisk(Path.Combine(folder, MediaName), clean));
    }

    /// <summary>The default cache folder for an output folder: a hidden sibling (for example
    /// <c>.site-output.cache</c>), outside what gets published.</summary>
    public static string DefaultFolder(string outputDir)
    {
        var full = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.cache");
    }

    /// <summary>The article files earlier builds parsed.</summary>
    public ArticleStore Articles => _articles.Value;

    /// <summary>The pages earlier builds rendered.</summary>
    public PageRecords Pages { get; }

    /// <summary>Every article's weighted search terms.</summary>
    public SearchTermStore Terms => _terms.Value;

    /// <summary>The revision history the previous build read (reused when the repository is still at its commit), or
    /// null.</summary>
    public ContentHistory? PreviousHistory
    {
        get
        {
            if (!_historyLoaded && _folder is not null && _stored is not null)
            {
                _history = ContentHistory.Load(Path.Combine(_folder, HistoryName), GeneratorVersion);
            }

            _historyLoaded = true;
            return _history;
        }
    }

    /// <summary>The revision history this build read, kept by <see cref="Keep"/> for the next one.</summary>
    public ContentHistory? History { get; set; }

    /// <summary>The encoded variants of photographs and the social cards of earlier builds (kept across generator
    /// versions: their key is the source's hash and the image settings).</summary>
    public VariantCache Media { get; }

    /// <summary>Whether this state can tell a page is unchanged (false for one-off builds, which fingerprint
    /// nothing).</summary>
    public bool Remembers => Pages.Enabled;

    /// <summary>The warnings the previous build reported, to repeat when nothing changed.</summary>
    public IReadOnlyList<Diagnostic> PreviousWarnings => _stored?.Warnings ?? [];

    /// <summary>How many articles the previous build held back by an embargo, and when the next one lifts.</summary>
    public (int Count, DateTimeOffset? NextLift) PreviousEmbargo => (_stored?.Embargoed ?? 0, _stored?.NextLift);

    /// <summary>How many files the previous build wrote.</summary>
    public int PreviousFileCount => _stored?.Files?.Count ?? 0;

    /// <summary>Whether the previous build read exactly these <paramref name="inputs"/>, no article it left out as
    /// future-dated has come due by <paramref name="now"/>, and its output folder still holds every file it wrote, at
    /// the same size: then building again would change nothing.</summary>
    public bool IsUpToDate(string? inputs, DateTimeOffset now)
    {
        if (inputs is null || _outputDir is null || _stored is not { Inputs: { } stored, Files: { } files }
            || stored != inputs)
        {
            return false;
        }

        if (_stored.NextDue is { } due && now >= due) return false;
        foreach (var (path, length) in files)
        {
            var file = new FileInfo(Path.Combine(_outputDir, path));
            if (!file.Exists || file.Length != length) return false;
        }

        return true;
    }

    /// <summary>Forgets the previous build's record on disk; called just before the output is replaced, so a build
    /// killed after the swap can never reuse stale pages.</summary>
    public void Forget()
    {
        if (_folder is null) return;
        var manifest = Path.Combine(_folder, ManifestName);
        if (File.Exists(manifest)) File.Delete(manifest);
    }

    /// <summary>Makes a successful build the one the next build starts from: in memory, by keeping what it made; on
    /// disk, by writing the three records (after the output was published, whose files' sizes <paramref name="output"/>
    /// gives).</summary>
    public void Keep(OutputSet output, BuildSummary summary)
    {
        Media.Prune();
        if (_folder is null)
        {
            if (!Remembers) return;
            (_history, _historyLoaded) = (History, true);
            Articles.Advance();
            Pages.Advance(output);
            Terms.Advance();
            return;
        }

        Directory.CreateDirectory(_folder);
        var manifest = new CacheManifest(GeneratorVersion, _outputDir!, new SortedDictionary<string, PageRecord>(
            Pages.Next.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal))
        {
            Inputs = summary.Inputs,
            NextDue = summary.NextDue,
            Embargoed = summary.Embargo.Count,
            NextLift = summary.Embargo.NextLift,
            Warnings = summary.Warnings.ToList(),
            Files = FileSizes(output),
        };
        Parallel.Invoke(
            () => manifest.Write(Path.Combine(_folder, ManifestName)),
            () =>
            {
                if (_terms.IsValueCreated) Terms.Save(Path.Combine(_folder, TermsName), GeneratorVersion);
            },
            () =>
            {
                if (_articles.IsValueCreated) Articles.Save(Path.Combine(_folder, ArticlesName), GeneratorVersion);
            },
            () =>
            {
                if (History?.Commit is not null && !ReferenceEquals(History, _history))
                {
                    History.Save(Path.Combine(_folder, HistoryName), GeneratorVersion);
                }
            });
    }

    private SortedDictionary<string, long> FileSizes(OutputSet output)
    {
        var sizes = output.Paths.AsParallel().Select(p => (p, new FileInfo(Path.Combine(_outputDir!, p)).Length))
            .ToList();
        var sorted = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var (path, length) in sizes) sorted.Add(path, length);
        return sorted;
    }
}
