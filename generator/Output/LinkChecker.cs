using System.Net;
using StaticSite.Validation;

namespace StaticSite.Output;

/// <summary>The post-process stage's check: every internal <c>href</c> and <c>src</c> in every page must name a file of the built site.</summary>
public sealed class LinkChecker
{
    /// <summary>Reports each site-relative link target (recorded as pages were added) that is outside <paramref name="basePath"/> or has no file behind it.</summary>
    public void Check(OutputSet output, string basePath, string templatesDisplay, DiagnosticBag diagnostics)
    {
        foreach (var (target, page) in output.LinkTargets)
        {
            var url = WebUtility.HtmlDecode(target);
            var end = url.IndexOfAny(['?', '#']);
            var path = Uri.UnescapeDataString(end < 0 ? url : url[..end]);
            if (!path.StartsWith(basePath, StringComparison.Ordinal))
            {
                diagnostics.Error(SourceLocation.FileOnly(templatesDisplay), $"page /{page} links to '{url}', outside the site's base path {basePath}");
                continue;
            }

            var relative = path[basePath.Length..];
            var file = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
            if (!output.Contains(file))
            {
                diagnostics.Error(SourceLocation.FileOnly(templatesDisplay), $"page /{page} links to '{url}', which the build did not produce");
            }
        }
    }

    /// <summary>The values of every double-quoted <c>href</c> and <c>src</c> attribute in the page.</summary>
    public static IEnumerable<string> Targets(string html) => TargetRanges(html).Select(r => html[r]);

    /// <summary>Where in <paramref name="html"/> each double-quoted <c>href</c> and <c>src</c> value lies, so a caller can look a target up without copying it.</summary>
    public static IEnumerable<Range> TargetRanges(string html)
    {
        foreach (var attribute in (string[])[" href=\"", " src=\""])
        {
            var position = 0;
            while ((position = html.IndexOf(attribute, position, StringComparison.Ordinal)) >= 0)
            {
                var start = position + attribute.Length;
                var end = html.IndexOf('"', start);
                if (end < 0) break;
                yield return start..end;
                position = end;
            }
        }
    }
}
