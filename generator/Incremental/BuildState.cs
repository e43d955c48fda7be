using System.IO.Enumeration;
using StaticSite.Diagnostics;
using StaticSite.History;
using StaticSite.Media;
using StaticSite.Output;
using StaticSite.Search;

namespace StaticSite.Incremental;

/// <summary>Everything a build remembers from the builds before it, handed to the pipeline as one object: the parsed
/// article files, the record of every page, every article's weighted search terms, and the encoded images. It lives in memory
/// (<c>serve</c>: each successful build becomes the one the next reuses from), in a cache folder beside the output
/// (<c>build</c>: read when first needed, which is after the output folder's lock is taken, so a build that waited
/// builds on the one it waited for), or nowhere (<c>check</c>, tests).</summary>
/// <remarks>On disk, a build writes its records before it publishes (so a cache folder that cannot be written stops
/// the build while the old site is still in place), removes the old manifest just before the swap and puts the new
/// one in place just after it: a build killed in between leaves no manifest, and the next build starts from nothing
/// instead of reusing pages of a site that is no longer there. The article and search-term records describe inputs,
/// not the output, so they are always safe to keep.</remarks>
internal sealed class BuildState
{
    private const string ManifestName = "manifest.json";
    private const string ArticlesName = "articles.bin";
    private const string TermsName = "search-terms.bin";
    private const string PendingName = "manifest.json.next";
    private const string HistoryName = "history.bin";
    private const string MediaName = "media";
    private readonly string? _folder;
    private readonly string? _outputDir;
    private readonly Lazy<(CacheManifest? Stored, bool Vouches)> _stored;
    private readonly Lazy<PageRecords> _pages;
    private readonly Lazy<ArticleStore> _articles;
    private readonly Lazy<SearchTermStore> _terms;
    private ContentHistory? _history;
    private bool _historyLoaded;

    private BuildState(string? folder, string? outputDir, Func<(CacheManifest?, bool)> stored,
        Func<CacheManifest?, PageRecords> pages, Func<ArticleStore> articles, Func<SearchTermStore> terms,
        VariantCache media)
    {
        Media = media;
        _folder = folder;
        _outputDir = outputDir;
        _stored = new Lazy<(CacheManifest?, bool)>(stored);
        _pages = new Lazy<PageRecords>(() => pages(_stored.Value.Stored));
        _articles = new Lazy<ArticleStore>(articles);
        _terms = new Lazy<SearchTermStore>(terms);
    }

    /// <summary>The version every record is tied to: the generator's build, so new code never reuses what old code
    /// made.</summary>
    public static string GeneratorVersion { get; } = typeof(
        BuildState).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>A state that remembers nothing: every article is parsed, every page rendered.</summary>
    public static BuildState None() =>
        new(null, null, () => (null, false), _ => PageRecords.Disabled(), ArticleStore.Disabled,
            () => new SearchTermStore(), VariantCache.None());

    /// <summary>A state kept in memory from one build to the next of the same process.</summary>
    public static BuildState InMemory()
    {
        var pages = PageRecords.InMemory();
        return new BuildState(null, null, () => (null, false), _ => pages, ArticleStore.InMemory,
            () => new SearchTermStore(), VariantCache.InMemory());
    }

    /// <summary>The state kept in <paramref name="folder"/> for builds into <paramref name="outputDir"/>, read when
    /// first used; with <paramref name="clean"/>, or when it is missing, unreadable or from another generator build or
    /// output folder, the build starts from nothing (and saves a new state when it succeeds).</summary>
    public static BuildState OnDisk(string folder, string outputDir, bool clean)
    {
        var output = Path.GetFullPath(outputDir);
        return new BuildState(folder, output, () => Read(folder, output, clean),
            stored => PageRecords.InFolder(stored?.Pages ?? new Dictionary<string, PageRecord>(), output,
                stored?.Files),
            () => clean ? ArticleStore.OnDisk()
                : ArticleStore.Load(Path.Combine(folder, ArticlesName), GeneratorVersion),
            () => clean ? new SearchTermStore()
                : SearchTermStore.Load(Path.Combine(folder, TermsName), GeneratorVersion),
            VariantCache.OnDisk(Path.Combine(folder, MediaName), clean));
    }

    private static (CacheManifest?, bool) Read(string folder, string output, bool clean)
    {
        var stored = Directory.Exists(output) ? CacheManifest.Read(Path.Combine(folder, ManifestName)) : null;
        var vouches = stored?.Output == output;
        if (clean || stored is not null && (stored.Generator != GeneratorVersion || !vouches)) stored = null;
        return (stored, vouches);
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

    /// <summary>Tells the state the articles are loaded and valid: on disk, the article records are written beside the
    /// cache now (put in place by <see cref="Keep"/>) and let go, instead of being held through rendering.</summary>
    public void ArticlesLoaded()
    {
        if (_folder is null || !_articles.IsValueCreated) return;
        Directory.CreateDirectory(_folder);
        Articles.SetAside(Path.Combine(_folder, ArticlesName), GeneratorVersion);
    }

    /// <summary>Tells the state every article's search terms are weighed: on disk, the term records are written beside
    /// the cache now (put in place by <see cref="Keep"/>) and let go, and a state that remembers nothing lets them go,
    /// so they are not held beside the postings built from them; in memory they are kept for the next build.</summary>
    public void TermsWeighed()
    {
        if (!_terms.IsValueCreated || (_folder is null && Remembers)) return;
        if (_folder is not null) Directory.CreateDirectory(_folder);
        Terms.SetAside(_folder is null ? null : Path.Combine(_folder, TermsName), GeneratorVersion);
    }

    /// <summary>Removes the records <see cref="ArticlesLoaded"/> and <see cref="TermsWeighed"/> wrote beside the cache
    /// and <see cref="Keep"/> did not put in place (a build that failed, or one killed before it), and the cache folder
    /// if that leaves it empty (a first build that failed), once the build holding the output's lock ends.</summary>
    public void DropSetAside()
    {
        if (_folder is null || !Directory.Exists(_folder)) return;
        try
        {
            foreach (var name in (string[])[ArticlesName, TermsName])
            {
                File.Delete(Path.Combine(_folder, name + ".next"));
            }

            if (!Directory.EnumerateFileSystemEntries(_folder).Any()) Directory.Delete(_folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>The pages earlier builds rendered.</summary>
    public PageRecords Pages => _pages.Value;

    /// <summary>Whether the cache records that a build of this generator (any version) wrote the output folder, as
    /// builds did before the output carried a marker of its own.</summary>
    public bool VouchesForOutput => _stored.Value.Vouches;

    /// <summary>Every article's weighted search terms.</summary>
    public SearchTermStore Terms => _terms.Value;

    /// <summary>The revision history the previous build read (reused when the repository is still at its commit), or
    /// null.</summary>
    public ContentHistory? PreviousHistory
    {
        get
        {
            if (!_historyLoaded && _folder is not null && _stored.Value.Stored is not null)
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
    public IReadOnlyList<Diagnostic> PreviousWarnings => _stored.Value.Stored?.Warnings ?? [];

    /// <summary>How many articles the previous build held back by an embargo, and when the next one lifts.</summary>
    public (int Count, DateTimeOffset? NextLift) PreviousEmbargo =>
        (_stored.Value.Stored?.Embargoed ?? 0, _stored.Value.Stored?.NextLift);

    /// <summary>How many files the previous build wrote.</summary>
    public int PreviousFileCount => _stored.Value.Stored?.Files?.Count ?? 0;

    /// <summary>How many articles the previous build left out as future-dated.</summary>
    public int PreviousFutureCount => _stored.Value.Stored?.FutureCount ?? 0;

    /// <summary>When the first of them comes due.</summary>
    public DateTimeOffset? PreviousFutureDue => _stored.Value.Stored?.FutureDue;

    /// <summary>Whether the previous build read exactly these <paramref name="inputs"/>, no article it left out as
    /// future-dated has come due by <paramref name="now"/>, and its output folder still holds every file it wrote, at
    /// the same size: then building again would change nothing.</summary>
    public bool IsUpToDate(string? inputs, DateTimeOffset now)
    {
        if (inputs is null || _outputDir is null
            || _stored.Value.Stored is not { Inputs: { } stored, Files: { } files } manifest || stored != inputs)
        {
            return false;
        }

        if (manifest.NextDue is { } due && now >= due) return false;
        var listings = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (path, length) in files)
        {
            if (path.StartsWith(ImageSettings.GeneratedFolder, StringComparison.Ordinal))
            {
                if (!Listed(listings, path)) return false;
                continue;
            }

            var file = new FileInfo(Path.Combine(_outputDir, path));
            if (!file.Exists || file.Length != length) return false;
        }

        return true;
    }

    /// <summary>Whether the generated image at <paramref name="path"/> is in the output, looked up in one listing of
    /// its folder: a site with photographs has thousands of them, a stat each would make a no-change build of it a
    /// quarter slower than one without, and the build never rewrites one in place (docs/IMAGES.md).</summary>
    private bool Listed(Dictionary<string, HashSet<string>> listings, string path)
    {
        var slash = path.LastIndexOf('/');
        var folder = path[..slash];
        if (!listings.TryGetValue(folder, out var names))
        {
            var full = Path.Combine(_outputDir!, folder);
            names = Directory.Exists(full)
                ? new HashSet<string>(new FileSystemEnumerable<string>(full, (ref e) => e.FileName.ToString())
                    { ShouldIncludePredicate = (ref e) => !e.IsDirectory }, StringComparer.Ordinal)
                : [];
            listings[folder] = names;
        }

        return names.GetAlternateLookup<ReadOnlySpan<char>>().Contains(path.AsSpan(slash + 1));
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
    /// disk, by writing the article and search-term records and the new manifest, not yet in force (until
    /// <see cref="Promote"/>), with the size of every file staged in <paramref name="staged"/>. Temporary files are
    /// removed when writing fails.</summary>
    public void Keep(OutputSet output, BuildSummary summary, string? staged = null)
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
        RemoveTemporaryFiles();
        var manifest = new CacheManifest(GeneratorVersion, _outputDir!, new SortedDictionary<string, PageRecord>(
            Pages.Next.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal))
        {
            Inputs = summary.Inputs,
            NextDue = summary.NextDue,
            FutureCount = summary.FutureCount,
            FutureDue = summary.FutureDue,
            Embargoed = summary.Embargo.Count,
            NextLift = summary.Embargo.NextLift,
            Warnings = summary.Warnings.ToList(),
            Files = FileSizes(output, staged ?? _outputDir!),
        };
        try
        {
            Parallel.Invoke(
                () => manifest.Write(Path.Combine(_folder, PendingName)),
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
        catch
        {
            RemoveTemporaryFiles();
            throw;
        }
    }

    /// <summary>Puts the manifest <see cref="Keep"/> wrote in force, once the output it describes is
    /// published.</summary>
    public void Promote()
    {
        if (_folder is null) return;
        var pending = Path.Combine(_folder, PendingName);
        if (File.Exists(pending)) File.Move(pending, Path.Combine(_folder, ManifestName), true);
    }

    private void RemoveTemporaryFiles()
    {
        if (_folder is null || !Directory.Exists(_folder)) return;
        foreach (var file in Directory.EnumerateFiles(_folder, "*.tmp").Append(Path.Combine(_folder, PendingName)))
        {
            try
            {
                File.Delete(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    private static SortedDictionary<string, long> FileSizes(OutputSet output, string folder)
    {
        var sizes = output.Paths.AsParallel().Select(p => (p, new FileInfo(Path.Combine(folder, p)).Length))
            .ToList();
        var sorted = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var (path, length) in sizes) sorted.Add(path, length);
        return sorted;
    }
}
