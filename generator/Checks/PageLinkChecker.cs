using System.Collections.Concurrent;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticSite.Content;
using StaticSite.Diagnostics;
using StaticSite.Indexing;
using StaticSite.Output;

namespace StaticSite.Checks;

/// <summary>The <c>check</c> command's link check of rendered pages, parsed with AngleSharp: <c>#anchors</c> must name
/// an id on their target page, and media attributes the build's scan skips (srcset, poster, object data) must name a
/// file of the site; problems in an article body point at the article's file and line.</summary>
internal sealed class PageLinkChecker
{
    private static readonly (string Selector, string Attribute, bool BuildChecksExistence)[] Attributes =
    [
        ("a[href]", "href", true), ("area[href]", "href", true), ("link[href]", "href", true),
        ("img[src]", "src", true), ("img[srcset]", "srcset", false), ("source[src]", "src", true),
            ("source[srcset]", "srcset", false),
        ("video[src]", "src", true), ("video[poster]", "poster", false), ("audio[src]", "src", true),
            ("track[src]", "src", true),
        ("iframe[src]", "src", true), ("embed[src]", "src", true), ("object[data]", "data", false),
    ];

    private readonly ConcurrentDictionary<string, IReadOnlySet<string>?> _ids = new(StringComparer.Ordinal);

    /// <summary>Checks every HTML page of <paramref name="output"/>; <paramref name="byPage"/> maps article pages
    /// (output paths) back to their files, other problems are reported at <paramref
    /// name="templatesDisplay"/>.</summary>
    public void Check(OutputSet output, string basePath, IReadOnlyDictionary<string, Article> byPage,
        string templatesDisplay, DiagnosticBag diagnostics)
    {

        var templateProblems = new ConcurrentDictionary<string, (string Page, string Message)>(StringComparer.Ordinal);
        var pages = output.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Parallel.ForEach(pages, page =>
        {
            var document = Parse(page);
            byPage.TryGetValue(page.Path, out var article);
            foreach (var (selector, attribute, buildChecks) in Attributes)
            {
                foreach (var element in document.QuerySelectorAll(selector))
                {
                    var value = element.GetAttribute(attribute) ?? "";
                    var urls = attribute == "srcset" ? SrcsetUrls(value) : [value];
                    foreach (var url in urls)
                    {
                        var problem = Problem(output, basePath, page.Path, url, checkExistence: !buildChecks);
                        if (problem is null) continue;
                        var at = article is null ? null : Locate(article, url, basePath);
                        if (at is { } location) diagnostics.Error(location, problem);
                        else
                        {
                            templateProblems.AddOrUpdate(url + "\n" + problem, (page.Path, problem),
                                (_, existing) => string.CompareOrdinal(page.Path, existing.Page) < 0
                                    ? (page.Path, problem) : existing);
                        }
                    }
                }
            }
        });

        foreach (var (_, (page, message)) in templateProblems)
        {
            diagnostics.Error(SourceLocation.FileOnly(templatesDisplay), $"page /{page}: {message}");
        }
    }

    private string? Problem(OutputSet output, string basePath, string pagePath, string url, bool checkExistence)
    {
        if (url.StartsWith('#')) return MissingAnchor(output, pagePath, url[1..], url);
        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal)) return null;

        var hash = url.IndexOf('#');
        var query = url.IndexOf('?');
        var end = query >= 0 && (hash < 0 || query < hash) ? query : hash;
        var path = Uri.UnescapeDataString(end < 0 ? url : url[..end]);
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            return checkExistence ? $"'{url}' is outside the site's base path {basePath}" : null;
        }

        var file = UrlMap.OutputFile("/" + path[basePath.Length..]);
        if (!output.Contains(file)) return checkExistence ? $"'{url}' names no file of the site" : null;
        return hash < 0 ? null : MissingAnchor(output, file, url[(hash + 1)..], url);
    }

    private string? MissingAnchor(OutputSet output, string targetFile, string fragment, string url)
    {
        var id = Uri.UnescapeDataString(fragment);
        if (id.Length == 0 || id.Equals("top", StringComparison.OrdinalIgnoreCase)) return null;
        var ids = _ids.GetOrAdd(targetFile, path => output.Get(path) is { } file
            && path.EndsWith(".html", StringComparison.Ordinal) ? Ids(Parse(file)) : null);
        if (ids is null || ids.Contains(id)) return null;
        var target = url.StartsWith('#') ? "this page" : "/" + targetFile;
        return $"link '{url}': {target} has no element with id '{id}'";
    }

    private static IDocument Parse(OutputFile file) => new HtmlParser()
        .ParseDocument(Encoding.UTF8.GetString(file.ReadBytes()));

    private static HashSet<string> Ids(IDocument document)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("[id]")) ids.Add(element.Id!);
        foreach (var element in document.QuerySelectorAll("a[name]")) ids.Add(element.GetAttribute("name")!);
        return ids;
    }

    private static IEnumerable<string> SrcsetUrls(string srcset) =>
        srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(candidate => candidate.Split(' ', 2)[0]);

    /// <summary>Where <paramref name="url"/> is written in the article's body, or null when the link came from a
    /// template.</summary>
    private static SourceLocation? Locate(Article article, string url, string basePath)
    {
        var written = url.StartsWith(basePath, StringComparison.Ordinal) ? "/" + url[basePath.Length..] : url;
        var hash = written.IndexOf('#');
        var candidates = new List<string> { written };
        if (written.EndsWith('/') || (hash > 0 && written[hash - 1] == '/'))
        {
            candidates.Add(hash > 0 ? written[..(hash - 1)] + written[hash..] : written.TrimEnd('/'));
        }

        var body = article.Body.Text;
        foreach (var candidate in candidates)
        {
            foreach (var prefix in (string[])["(", "<", "]: "])
            {
                var index = body.IndexOf(prefix + candidate, StringComparison.Ordinal);
                if (index >= 0) return At(article, body, index + prefix.Length);
            }
        }

        return null;
    }

    private static SourceLocation At(Article article, string body, int index)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (body[i] != '\n') continue;
            line++;
            lineStart = i + 1;
        }

        return new SourceLocation(article.DisplayPath, article.BodyLine + line, index - lineStart + 1);
    }
}
