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

    /// <summary>Reads the three registry files of <paramref name="tree"/>.</summary>
    public static Registries Load(IFileTree tree, IReadOnlyList<string> files, DiagnosticBag diagnostics) =>
        new(ReadSite(tree, files, diagnostics), ReadSources(tree, files, diagnostics),
            ReadTopics(tree, files, diagnostics));

    private static YamlFields? Read(IFileTree tree, IReadOnlyList<string> files, string name, DiagnosticBag diagnostics)
    {
        var display = tree.DisplayPath(name);
        if (!files.Contains(name))
        {
            diagnostics.Error(SourceLocation.FileOnly(display), $"{name} is missing");
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

        return new SiteConfig(title?.Value ?? Fallback.Title, f.Text("description")?.Value ?? "",
            BaseUrl(f, diagnostics),
            languageCode, languages, pageSize?.Value ?? 20);
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
    private static Dictionary<string,
        T> ReadEntries<T>(IFileTree tree, IReadOnlyList<string> files, string name, string what,
        (string[] Names, string Needs) fields, DiagnosticBag diagnostics, Func<YamlEntry, YamlFields, T> read)
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        var f = Read(tree, files, name, diagnostics);
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
