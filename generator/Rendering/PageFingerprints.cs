using System.Collections.Concurrent;
using System.Text.Json;
using StaticSite.Incremental;
using StaticSite.Indexing;
using StaticSite.Rendering.Models;

namespace StaticSite.Rendering;

/// <summary>The fingerprint of each planned page (see <see cref="PageFingerprint"/>), with the key of each template and
/// site model made once per build.</summary>
internal sealed class PageFingerprints(TemplateSet templates, SiteIndexSet all)
{
    private readonly ConcurrentDictionary<(string Template, SiteModel Site), byte[]> _templateKeys = new();
    private readonly byte[] _contentKey = PageFingerprint.ContentKey(all);

    /// <summary>The fingerprint of <paramref name="page"/>.</summary>
    public string Of(PlannedPage page)
    {
        var templateKey = _templateKeys.GetOrAdd((page.Template, page.Site!), key =>
            PageFingerprint.TemplateKey(templates.DependencyText(key.Template),
                JsonSerializer.SerializeToUtf8Bytes(key.Site, ModelJson.Default.SiteModel)));
        return PageFingerprint.Of(templateKey, _contentKey, page.SitePath,
            page.Inputs().Concat(page.Alternates.Select(a => a.Code + " " + a.AbsoluteUrl)));
    }
}
