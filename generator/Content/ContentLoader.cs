using StaticSite.Content.Files;
using StaticSite.Content.Yaml;
using StaticSite.Diagnostics;
using StaticSite.Incremental;
using StaticSite.Output;



namespace StaticSite.Content;

/// <summary>The load stage: reads <c>site.yml</c>, the registries, every article (split and typed, in parallel) and the media list.</summary>
public sealed partial class ContentLoader
{
    /// <summary>Files larger than this are refused, so one bad file cannot exhaust memory.</summary>
    public const int MaxFileBytes = 2 * 1024 * 1024;

    /// <summary>Loads the content tree; problems go to <paramref name="diagnostics"/> and the affected files are left out.</summary>
    public LoadedContent Load(IFileTree tree, DiagnosticBag diagnostics, ArticleFileCache? cache = null, ArticleFileStore? store = null)
    {
        var files = tree.List();
        foreach (var link in tree.SkippedLinks)
        {
            diagnostics.Error(SourceLocation.FileOnly(tree.DisplayPath(link)), "symbolic links are not followed (they could reach outside content/): put the file itself here");
        }
        var site = ReadSite(tree, files, diagnostics);
        var sources = ReadSources(tree, files, diagnostics);
        var topics = ReadTopics(tree, files, diagnostics);

        var articlePaths = files.Where(f => f.StartsWith("articles/", StringComparison.Ordinal) && f.EndsWith(".md", StringComparison.Ordinal)).ToArray();
        var articles = new ArticleFile?[articlePaths.Length];
        Parallel.For(0, articlePaths.Length, i =>
        {
            try
            {
                articles[i] = ReadArticle(tree, articlePaths[i], diagnostics, cache, store);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
            {
                diagnostics.Error(SourceLocation.FileOnly(tree.DisplayPath(articlePaths[i])), $"the file cannot be read: {e.Message}");
            }
        });
        cache?.Retain(articlePaths.ToHashSet(StringComparer.Ordinal));

        var media = new List<string>();
        foreach (var file in files.Where(f => f.StartsWith("media/", StringComparison.Ordinal)))
        {
            if (IsSafeMediaPath(file)) media.Add(file);
            else diagnostics.Error(SourceLocation.FileOnly(tree.DisplayPath(file)), "a media file name may use only letters, digits, '.', '_' and '-' in each folder and file name (no spaces, '%' or device names such as con)");
        }

        return new LoadedContent(site, sources, topics, articles.OfType<ArticleFile>().ToList(), media);
    }

    /// <summary>Loads one article file (as <see cref="Load"/> would), for a quick preview of an edit; problems go to <paramref name="diagnostics"/>.</summary>
    public ArticleFile? LoadArticle(IFileTree tree, string path, DiagnosticBag diagnostics, ArticleFileCache? cache = null)
    {
        try
        {
            return ReadArticle(tree, path, diagnostics, cache, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
        {
            diagnostics.Error(SourceLocation.FileOnly(tree.DisplayPath(path)), $"the file cannot be read: {e.Message}");
            return null;
        }
    }

    private static bool IsSafeMediaPath(string path) =>
        OutputPaths.IsSafe(path) && path.Split('/').All(segment => MediaSegment().IsMatch(segment));

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex MediaSegment();

    private static ArticleFile? ReadArticle(IFileTree tree, string path, DiagnosticBag diagnostics, ArticleFileCache? cache, ArticleFileStore? store)
    {
        FileStamp stamp = default;
        var stamped = store is not null && tree is DiskFileTree disk && disk.TryGetStamp(path, out stamp);
        var display = tree.DisplayPath(path);
        if (stamped && store!.TryGet(path, stamp, display, Reread(tree, path, display)!, diagnostics, out var stored)) return stored;

        var bytes = ReadLimitedBytes(tree, path, diagnostics);
        if (bytes is null) return null;
        var text = Utf8.GetString(bytes);
        if (cache is null && !stamped) return ParseArticle(tree, path, text, bytes, diagnostics);
        if (cache is not null && cache.TryGet(path, text, diagnostics, out var cached)) return cached;

        var own = new DiagnosticBag();
        var file = ParseArticle(tree, path, text, bytes, own);
        var found = own.Sorted();
        cache?.Put(path, text, file, found);
        if (stamped) store!.Put(path, stamp, display, file, found);
        foreach (var d in found)
        {
            if (d.Severity == Severity.Error) diagnostics.Error(d.Location, d.Message);
            else diagnostics.Warning(d.Location, d.Message);
        }

        return file;
    }

    private static Func<string>? Reread(IFileTree tree, string path, string display) =>
        tree is DiskFileTree ? () => FrontMatterSplitter.Split(Utf8.GetString(tree.ReadBytes(path)), display, new DiagnosticBag())?.Body ?? "" : null;

    private static ArticleFile? ParseArticle(IFileTree tree, string path, string text, byte[] bytes, DiagnosticBag diagnostics)
    {
        var display = tree.DisplayPath(path);
        var split = FrontMatterSplitter.Split(text, display, diagnostics);
        if (split is null) return null;
        var yaml = YamlReader.Read(split.FrontMatter, display, split.FrontMatterLine - 1, diagnostics);
        if (yaml is null) return null;
        if (yaml is not YamlMapping mapping)
        {
            diagnostics.Error(yaml.At, "the front matter must be a mapping of fields such as 'title: …'");
            return null;
        }

        return new ArticleFile(path, display, FrontMatterReader.Read(mapping, diagnostics), new MarkdownBody(split.Body, Reread(tree, path, display)), split.BodyLine,
            System.Security.Cryptography.SHA256.HashData(bytes));
    }

    private static readonly System.Text.UTF8Encoding Utf8 = new(false);

    private static string? ReadLimited(IFileTree tree, string path, DiagnosticBag diagnostics) =>
        ReadLimitedBytes(tree, path, diagnostics) is { } bytes ? Utf8.GetString(bytes) : null;

    private static byte[]? ReadLimitedBytes(IFileTree tree, string path, DiagnosticBag diagnostics)
    {
        var bytes = tree.ReadBytes(path);
        if (bytes.Length > MaxFileBytes)
        {
            diagnostics.Error(SourceLocation.FileOnly(tree.DisplayPath(path)),
                $"the file is {bytes.Length / 1024} KiB; the limit is {MaxFileBytes / 1024} KiB");
            return null;
        }

        return bytes;
    }

    private static YamlFields? ReadRegistry(IFileTree tree, IReadOnlyList<string> files, string name, bool required, DiagnosticBag diagnostics)
    {
        var display = tree.DisplayPath(name);
        if (!files.Contains(name))
        {
            if (required) diagnostics.Error(SourceLocation.FileOnly(display), $"{name} is missing");
            return null;
        }

        var text = ReadLimited(tree, name, diagnostics);
        if (text is null) return null;
        var yaml = YamlReader.Read(text, display, 0, diagnostics);
        if (yaml is YamlMapping mapping) return new YamlFields(mapping, diagnostics, name);
        if (yaml is not null) diagnostics.Error(yaml.At, $"{name} must be a mapping");
        return null;
    }

    private static SiteConfig ReadSite(IFileTree tree, IReadOnlyList<string> files, DiagnosticBag diagnostics)
    {
        var fallback = new SiteConfig("Untitled", "", new Uri("https://example.org/"), "en", ["en"], 20);
        var f = ReadRegistry(tree, files, "site.yml", true, diagnostics);
        if (f is null) return fallback;
        f.WarnUnknown(SiteConfig.FieldNames);

        var title = f.Text("title");
        if (title is null) diagnostics.Error(f.Mapping.At, "site.yml needs a 'title'");

        var baseUrl = fallback.BaseUrl;
        var baseText = f.Text("base_url");
        if (baseText is null)
        {
            diagnostics.Error(f.Mapping.At, "site.yml needs a 'base_url' such as https://example.org/reports/");
        }
        else if (!Uri.TryCreate(baseText.Value.Value, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https")
                 || parsed.Query.Length > 0 || parsed.Fragment.Length > 0)
        {
            diagnostics.Error(baseText.Value.At, $"'base_url' must be an absolute http(s) address without query or fragment, not '{baseText.Value.Value}'");
        }
        else
        {
            baseUrl = parsed.AbsolutePath.EndsWith('/') ? parsed : new Uri(parsed + "/");
        }

        var language = f.Text("language");
        if (language is not null && !LanguageNames.IsValidCode(language.Value.Value))
        {
            diagnostics.Error(language.Value.At, $"'language' must be a language code such as en or ko, not '{language.Value.Value}'");
            language = null;
        }

        var languageCode = language?.Value ?? "en";
        var languages = f.TextList("languages").Select(l => l.Value).ToList();
        if (!languages.Contains(languageCode)) languages.Insert(0, languageCode);

        var pageSize = f.Number("page_size");
        if (pageSize is { Value: < 1 or > 1000 })
        {
            diagnostics.Error(pageSize.Value.At, "'page_size' must be between 1 and 1000");
            pageSize = null;
        }

        return new SiteConfig(title?.Value ?? fallback.Title, f.Text("description")?.Value ?? "", baseUrl, languageCode, languages, pageSize?.Value ?? 20);
    }

    private static IReadOnlyDictionary<string, SourceInfo> ReadSources(IFileTree tree, IReadOnlyList<string> files, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, SourceInfo>(StringComparer.Ordinal);
        var f = ReadRegistry(tree, files, "sources.yml", true, diagnostics);
        if (f is null) return result;
        foreach (var entry in f.Mapping.Entries)
        {
            if (!CheckKey(entry, "source", diagnostics)) continue;
            var s = f.Nested(entry.Key, $"source '{entry.Key}'");
            if (s is null)
            {
                diagnostics.Error(entry.KeyAt, $"source '{entry.Key}' needs at least a 'name' and a 'language'");
                continue;
            }

            s.WarnUnknown(SourceInfo.FieldNames);
            var name = s.Text("name");
            if (name is null) diagnostics.Error(entry.KeyAt, $"source '{entry.Key}' needs a 'name'");
            var url = s.Text("url");
            if (url is not null && !UrlRules.IsAbsoluteHttp(url.Value.Value))
            {
                diagnostics.Error(url.Value.At, $"'url' must be an absolute http(s) address, not '{url.Value.Value}'");
                url = null;
            }

            var language = s.Text("language");
            if (language is null) diagnostics.Error(entry.KeyAt, $"source '{entry.Key}' needs a 'language' (the language it publishes in, such as ko)");
            else if (!LanguageNames.IsValidCode(language.Value.Value))
            {
                diagnostics.Error(language.Value.At, $"'language' must be a language code such as ko, not '{language.Value.Value}'");
            }

            result[entry.Key] = new SourceInfo(entry.Key, name?.Value ?? entry.Key, url?.Value, language?.Value ?? "und", s.Text("description")?.Value ?? "");
        }

        return result;
    }

    private static IReadOnlyDictionary<string, TopicInfo> ReadTopics(IFileTree tree, IReadOnlyList<string> files, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, TopicInfo>(StringComparer.Ordinal);
        var f = ReadRegistry(tree, files, "topics.yml", true, diagnostics);
        if (f is null) return result;
        foreach (var entry in f.Mapping.Entries)
        {
            if (!CheckKey(entry, "topic", diagnostics)) continue;
            var t = f.Nested(entry.Key, $"topic '{entry.Key}'");
            if (t is null)
            {
                diagnostics.Error(entry.KeyAt, $"topic '{entry.Key}' needs at least a 'title'");
                continue;
            }

            t.WarnUnknown(TopicInfo.FieldNames);
            var title = t.Text("title");
            if (title is null) diagnostics.Error(entry.KeyAt, $"topic '{entry.Key}' needs a 'title'");
            result[entry.Key] = new TopicInfo(entry.Key, title?.Value ?? entry.Key, t.Text("description")?.Value ?? "");
        }

        return result;
    }

    private static bool CheckKey(YamlEntry entry, string what, DiagnosticBag diagnostics)
    {
        if (Slugs.IsSafe(entry.Key)) return true;
        diagnostics.Error(entry.KeyAt, $"{what} key '{entry.Key}' must be lowercase letters, digits and hyphens (it becomes part of a URL)");
        return false;
    }
}
