using StaticSite.Content.Files;
using StaticSite.Content.Yaml;
using StaticSite.Diagnostics;

namespace StaticSite.Content;

/// <summary>Reads <c>site.yml</c>, <c>sources.yml</c> and <c>topics.yml</c>; every problem is reported at its line and
/// a usable value stands in, so articles can still be checked against the rest.</summary>
internal static class RegistryLoader
{
    private static readonly SiteConfig Fallback = new(
        "Untitled", "", new Uri("https://example.org/"), "en", ["en"], 20);

    /// <summary>Reads the registry files of <paramref name="tree"/>: the three required ones and the optional
    /// <c>places.yml</c> and <c>people.yml</c>.</summary>
    public static Registries Load(IFileTree tree, IReadOnlyList<string> files, DiagnosticBag diagnostics) =>
        new(ReadSite(tree, files, diagnostics), ReadSources(tree, files, diagnostics),
            ReadTopics(tree, files, diagnostics))
        {
            Places = PlaceAndPeopleLoader.ReadPlaces(tree, files, diagnostics),
            People = PlaceAndPeopleLoader.ReadPeople(tree, files, diagnostics),
            Glossary = GlossaryReader.Read(tree, files, diagnostics),
        };

    private static YamlFields? Read(IFileTree tree, IReadOnlyList<string> files, string name, DiagnosticBag diagnostics,
        bool optional = false)
    {
        var display = tree.DisplayPath(name);
        if (!files.Contains(name))
        {
            if (!optional) diagnostics.Error(SourceLocation.FileOnly(display), $"{name} is missing");
            return null;
        }

        var text = ContentLoader.ReadLimitedText(tree, name, diagnostics);
        if (text is null) return null;
        var yaml = YamlReader.Read(text, display, 0, diagnostics);
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);
        InvisibleCharacters.Warn(lines, display, 1, yaml as YamlMapping, diagnostics);
        if (yaml is YamlMapping mapping) return new YamlFields(mapping, diagnostics, name);
        if (yaml is not null) diagnostics.Error(yaml.At, $"{name} must be a mapping");
        return null;
    }

    private static SiteConfig ReadSite(IFileTree tree, IReadOnlyList<string> files, DiagnosticBag diagnostics)
    {
        var f = Read(tree, files, "site.yml", diagnostics);
        if (f is null) return Fallback;
        f.WarnUnknown(SiteConfig.FieldNames);
        var title = f.Text("title");
        if (title is null) diagnostics.Error(f.Mapping.At, "site.yml needs a 'title'");
        var language = f.Text("language");
        if (language is not null && !LanguageNames.IsValidCode(language.Value.Value))
        {
            diagnostics.Error(language.Value.At,
                $"'language' must be a language code such as en or ko, not '{language.Value.Value}'");
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

        var baseUrl = BaseUrl(f, diagnostics);
        return new SiteConfig(title?.Value ?? Fallback.Title, f.Text("description")?.Value ?? "",
            baseUrl,
            languageCode, languages, pageSize?.Value ?? 20)
        {
            ArchiveAfterDays = ArchiveAfterDays(f, diagnostics),
            Repository = AbsoluteAddress(f, "repository", diagnostics)?.TrimEnd('/'),
            CorrectionsPolicy = CorrectionsPolicy(f, baseUrl, diagnostics),
            History = f.Mapping.Find("history") is null || f.Flag("history"),
            Image = Picture(f, "image", files, diagnostics),
            Logo = Picture(f, "logo", files, diagnostics),
            Titles = PlaceAndPeopleLoader.LanguageTexts(f, "titles", diagnostics),
            Descriptions = PlaceAndPeopleLoader.LanguageTexts(f, "descriptions", diagnostics),
            Removed = Removed(f, diagnostics),
            NewsSitemap = f.Flag("news_sitemap"),
            ArticleCards = f.Flag("article_cards"),
        };
    }

    /// <summary>The <c>removed:</c> list: each a page path, normalized; a malformed one is reported at its
    /// line.</summary>
    private static List<string> Removed(YamlFields f, DiagnosticBag diagnostics)
    {
        var removed = new List<string>();
        foreach (var path in f.TextList("removed"))
        {
            if (SitePaths.Normalize(path.Value) is { } normalized) removed.Add(normalized);
            else diagnostics.Error(path.At, $"'{path.Value}' in 'removed' is not a page path such as " +
                "/articles/old-slug/ (a site path relative to base_url)");
        }

        return removed;
    }

    private static int? ArchiveAfterDays(YamlFields f, DiagnosticBag diagnostics)
    {
        var days = f.Number("archive_after_days");
        if (days is not { Value: > 36500 }) return days?.Value;
        diagnostics.Error(days.Value.At, "'archive_after_days' must be a number of days between 0 and 36500");
        return null;
    }

    private static string? AbsoluteAddress(YamlFields f, string key, DiagnosticBag diagnostics)
    {
        var text = f.Text(key);
        if (text is null || UrlRules.IsAbsoluteHttp(text.Value.Value)) return text?.Value;
        diagnostics.Error(text.Value.At, $"'{key}' must be an absolute http(s) address, not '{text.Value.Value}'");
        return null;
    }

    /// <summary>The corrections policy's absolute address: written absolute, or as a path on this site.</summary>
    private static string? CorrectionsPolicy(YamlFields f, Uri baseUrl, DiagnosticBag diagnostics)
    {
        var text = f.Text("corrections_policy");
        if (text is null) return null;
        if (UrlRules.IsAbsoluteHttp(text.Value.Value)) return text.Value.Value;
        if (UrlRules.IsSiteRelative(text.Value.Value))
        {
            return new Uri(baseUrl, text.Value.Value.TrimStart('/')).AbsoluteUri;
        }

        diagnostics.Error(text.Value.At, "'corrections_policy' must be an absolute http(s) address or a path on this " +
            $"site such as /corrections/, not '{text.Value.Value}'");
        return null;
    }

    /// <summary>A picture of the site (<c>image</c>, <c>logo</c>): a JPEG, PNG or WebP file in
    /// <c>content/media/</c>, named by its site path.</summary>
    private static string? Picture(YamlFields f, string key, IReadOnlyList<string> files, DiagnosticBag diagnostics)
    {
        if (f.Text(key) is not { } text) return null;
        var path = text.Value;
        var mediaPath = UrlRules.IsSiteRelative(path) ? ImageFiles.MediaPath(path) : null;
        if (mediaPath is null || !ImageFiles.IsRaster(mediaPath) || ImageFiles.FormatOf(mediaPath) == "GIF")
        {
            diagnostics.Error(text.At, $"'{key}' must be the site path of a JPEG, PNG or WebP file in " +
                $"content/media/, such as /media/{key}.png, not '{path}'");
            return null;
        }

        if (files.Contains(mediaPath, StringComparer.Ordinal)) return path;
        diagnostics.Error(text.At, $"'{key}' names '{path}', which does not exist (site images live in " +
            "content/media/)");
        return null;
    }

    private static Uri BaseUrl(YamlFields f, DiagnosticBag diagnostics)
    {
        var text = f.Text("base_url");
        if (text is null)
        {
            diagnostics.Error(f.Mapping.At, "site.yml needs a 'base_url' such as https://example.org/reports/");
            return Fallback.BaseUrl;
        }

        if (!Uri.TryCreate(text.Value.Value, UriKind.Absolute, out var parsed)
            || parsed.Scheme is not ("http" or "https")
            || parsed.Query.Length > 0 || parsed.Fragment.Length > 0)
        {
            diagnostics.Error(text.Value.At,
                $"'base_url' must be an absolute http(s) address without query or fragment, not '{text.Value.Value}'");
            return Fallback.BaseUrl;
        }

        return parsed.AbsolutePath.EndsWith('/') ? parsed : new Uri(parsed + "/");
    }

    /// <summary>The entries of a registry file: each key checked, each value a mapping read by <paramref
    /// name="read"/>.</summary>
    internal static Dictionary<string,
        T> ReadEntries<T>(IFileTree tree, IReadOnlyList<string> files, string name, string what,
        (string[] Names, string Needs) fields, DiagnosticBag diagnostics, Func<YamlEntry, YamlFields, T> read,
        bool optional = false)
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        var f = Read(tree, files, name, diagnostics, optional);
        foreach (var entry in f?.Mapping.Entries ?? [])
        {
            if (!CheckKey(entry, what, diagnostics)) continue;
            if (f!.Nested(entry.Key, $"{what} '{entry.Key}'") is not { } nested)
            {
                diagnostics.Error(entry.KeyAt, $"{what} '{entry.Key}' needs at least {fields.Needs}");
                continue;
            }

            nested.WarnUnknown(fields.Names);
            result[entry.Key] = read(entry, nested);
        }

        return result;
    }

    private static Dictionary<string, SourceInfo> ReadSources(IFileTree tree, IReadOnlyList<string> files,
        DiagnosticBag diagnostics) =>
        ReadEntries(tree, files, "sources.yml", "source", (SourceInfo.FieldNames, "a 'name' and a 'language'"),
            diagnostics, (entry, s) =>
        {
            var name = s.Text("name");
            if (name is null) diagnostics.Error(entry.KeyAt, $"source '{entry.Key}' needs a 'name'");
            var url = s.Text("url");
            if (url is not null && !UrlRules.IsAbsoluteHttp(url.Value.Value))
            {
                diagnostics.Error(url.Value.At, $"'url' must be an absolute http(s) address, not '{url.Value.Value}'");
                url = null;
            }

            var language = s.Text("language");
            if (language is null)
            {
                diagnostics.Error(entry.KeyAt,
                    $"source '{entry.Key}' needs a 'language' (the language it publishes in, such as ko)");
            }
            else if (!LanguageNames.IsValidCode(language.Value.Value))
            {
                diagnostics.Error(language.Value.At,
                    $"'language' must be a language code such as ko, not '{language.Value.Value}'");
            }

            return new SourceInfo(entry.Key, name?.Value ?? entry.Key, url?.Value, language?.Value ?? "und",
                s.Text("description")?.Value ?? "");
        });

    private static Dictionary<string, TopicInfo> ReadTopics(IFileTree tree, IReadOnlyList<string> files,
        DiagnosticBag diagnostics) =>
        ReadEntries(tree, files, "topics.yml", "topic", (TopicInfo.FieldNames, "a 'title'"), diagnostics, (entry, t) =>
        {
            var title = t.Text("title");
            if (title is null) diagnostics.Error(entry.KeyAt, $"topic '{entry.Key}' needs a 'title'");
            return new TopicInfo(entry.Key, title?.Value ?? entry.Key, t.Text("description")?.Value ?? "");
        });

    private static bool CheckKey(YamlEntry entry, string what, DiagnosticBag diagnostics)
    {
        if (Slugs.IsSafe(entry.Key)) return true;
        diagnostics.Error(entry.KeyAt, $"{what} key '{entry.Key}' must be lowercase letters, digits and hyphens (it " +
            $"becomes part of a URL)");
        return false;
    }
}
