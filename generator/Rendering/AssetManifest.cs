using System.Security.Cryptography;

namespace StaticSite.Rendering;

/// <summary>Fingerprinted output names and Subresource Integrity hashes for the template assets: stylesheets and
/// scripts are published as <c>name.&lt;hash&gt;.ext</c> so they can be cached for ever and pinned by
/// <c>integrity</c>.</summary>
internal sealed class AssetManifest
{
    private readonly Dictionary<string, (string OutputPath, string? Integrity)> _entries;

    private AssetManifest(Dictionary<string, (string OutputPath, string? Integrity)> entries) => _entries = entries;

    /// <summary>Reads each asset once and names it; <paramref name="read"/> gives an asset's bytes by its path under
    /// the templates folder (such as <c>assets/style.css</c>).</summary>
    public static AssetManifest Create(IEnumerable<string> assets, Func<string, byte[]> read)
    {
        var entries = new Dictionary<string, (string, string?)>(StringComparer.Ordinal);
        foreach (var asset in assets.Order(StringComparer.Ordinal))
        {
            var extension = Path.GetExtension(asset);
            if (extension is not (".css" or ".js"))
            {
                entries[asset] = (asset, null);
                continue;
            }

            var bytes = read(asset);
            var fingerprint = Convert.ToHexStringLower(SHA256.HashData(bytes))[..8];
            var outputPath = asset[..^extension.Length] + "." + fingerprint + extension;
            entries[asset] = (outputPath, "sha384-" + Convert.ToBase64String(SHA384.HashData(bytes)));
        }

        return new AssetManifest(entries);
    }

    /// <summary>The template assets, each with the path it is published at.</summary>
    public IEnumerable<(string Asset, string OutputPath)> Files => _entries.Select(e => (e.Key, e.Value.OutputPath));

    /// <summary>The published path of an asset (as given, when it is not fingerprinted or unknown).</summary>
    public string OutputPath(string asset) => _entries.TryGetValue(asset, out var entry) ? entry.OutputPath : asset;

    /// <summary>The <c>sha384-…</c> integrity value of a stylesheet or script, or null.</summary>
    public string? Integrity(string asset) => _entries.TryGetValue(asset, out var entry) ? entry.Integrity : null;
}
