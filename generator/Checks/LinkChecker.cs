using System.Net;
using StaticSite.Diagnostics;
using StaticSite.Output;

namespace StaticSite.Checks;

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
    public static List<string> Targets(string html)
    {
        var targets = new List<string>();
        foreach (var range in TargetRanges(html)) targets.Add(html[range]);
        return targets;
    }

    /// <summary>Where in <paramref name="html"/> each double-quoted <c>href</c> value lies, then each <c>src</c> value, so a caller can look a target up without copying it.</summary>
    public static TargetRangeEnumerator TargetRanges(ReadOnlySpan<char> html) => new(html);
}
