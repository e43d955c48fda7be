using System.Net;
using StaticSite.Diagnostics;
using StaticSite.Output;

namespace StaticSite.Checks;

/// <summary>Reports a broken link: every internal <c>href</c> and <c>src</c> in every page must name a file of the
/// built site (the Markdown renderer reports a broken link in an article body at its own line, before this).</summary>
internal sealed class LinkChecker
{
    /// <summary>Reports each site-relative link target (recorded as pages were added) that is outside <paramref
    /// name="basePath"/> or has no file behind it, at <paramref name="templatesDisplay"/>: only templates write links
    /// that the body check did not see.</summary>
    public void Check(OutputSet output, string basePath, string templatesDisplay, DiagnosticBag diagnostics,
        IReadOnlySet<string>? failedPages = null)
    {
        foreach (var (target, page) in output.LinkTargets)
        {
            var url = WebUtility.HtmlDecode(target);
            var end = url.IndexOfAny(['?', '#']);
            var path = Uri.UnescapeDataString(end < 0 ? url : url[..end]);
            if (!path.StartsWith(basePath, StringComparison.Ordinal))
            {
                diagnostics.Error(SourceLocation.FileOnly(templatesDisplay),
                    $"page /{page} links to '{url}', outside the site's base path {basePath}");
                continue;
            }

            var relative = path[basePath.Length..];
            var file = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
            if (!output.Contains(file) && failedPages?.Contains(file) != true)
            {
                diagnostics.Error(SourceLocation.FileOnly(templatesDisplay),
                    $"page /{page} links to '{url}', which the build did not produce");
            }
        }
    }
}
