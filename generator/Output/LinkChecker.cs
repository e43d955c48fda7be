using System.Net;
using System.Text;
using StaticSite.Validation;

namespace StaticSite.Output;

/// <summary>The post-process stage's check: every internal <c>href</c> and <c>src</c> in every page must name a file of the built site.</summary>
public sealed class LinkChecker
{
    /// <summary>Reports each page that links under <paramref name="basePath"/> to a path with no file behind it.</summary>
    public void Check(OutputSet output, string basePath, string templatesDisplay, DiagnosticBag diagnostics)
    {
        var pages = output.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && f.Bytes is not null).ToList();
        Parallel.ForEach(pages, page =>
        {
            var html = Encoding.UTF8.GetString(page.Bytes!);
            foreach (var target in Targets(html))
            {
                var url = WebUtility.HtmlDecode(target);
                if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal)) continue;
                var end = url.IndexOfAny(['?', '#']);
                var path = Uri.UnescapeDataString(end < 0 ? url : url[..end]);
                if (!path.StartsWith(basePath, StringComparison.Ordinal))
                {
                    diagnostics.Error(SourceLocation.FileOnly(templatesDisplay), $"page /{page.Path} links to '{url}', outside the site's base path {basePath}");
                    continue;
                }

                var relative = path[basePath.Length..];
                var file = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
                if (!output.Contains(file))
                {
                    diagnostics.Error(SourceLocation.FileOnly(templatesDisplay), $"page /{page.Path} links to '{url}', which the build did not produce");
                }
            }
        });
    }

    /// <summary>The values of every double-quoted <c>href</c> and <c>src</c> attribute in the page.</summary>
    public static IEnumerable<string> Targets(string html)
    {
        foreach (var attribute in (string[])[" href=\"", " src=\""])
        {
            var position = 0;
            while ((position = html.IndexOf(attribute, position, StringComparison.Ordinal)) >= 0)
            {
                var start = position + attribute.Length;
                var end = html.IndexOf('"', start);
                if (end < 0) break;
                yield return html[start..end];
                position = end;
            }
        }
    }
}
