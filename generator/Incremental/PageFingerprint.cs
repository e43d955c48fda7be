using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using StaticSite.Content;
using StaticSite.Indexing;

namespace StaticSite.Incremental;

/// <summary>Hashes everything a page is made from, as identities rather than as the page model (the templates and site
/// model, the site's registries, the page's path, and the digests of the articles it shows), so an unchanged page is
/// recognised without building its model or rendering it.</summary>
internal static class PageFingerprint
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    /// <summary>The fingerprint of one page: <paramref name="templateKey"/> covers templates and the site model,
    /// <paramref name="contentKey"/> the registries and site settings, <paramref name="inputs"/> what this page shows
    /// (counts, page numbers, article and card digests).</summary>
    public static string Of(byte[] templateKey, byte[] contentKey, string sitePath, IEnumerable<string> inputs)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        buffer.Write(templateKey);
        buffer.Write(contentKey);
        Append(buffer, sitePath);
        foreach (var input in inputs) Append(buffer, input);
        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    private static void Append(ArrayBufferWriter<byte> buffer, string text)
    {
        var span = buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length) + 1);
        var length = Encoding.UTF8.GetBytes(text, span);
        span[length] = 0;
        buffer.Advance(length + 1);
    }

    /// <summary>The key shared by all pages of one template: the generator's build, the template texts it can use, and
    /// the site model (as JSON).</summary>
    public static byte[] TemplateKey(string templateTexts, byte[] siteModel)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(BuildState.GeneratorVersion));
        hash.AppendData(Encoding.UTF8.GetBytes(templateTexts));
        hash.AppendData(siteModel);
        return hash.GetHashAndReset();
    }

    /// <summary>The key of everything site-wide that content pages draw on besides templates: the site settings, the
    /// source and topic registries of every language, and the sizes of the site's pictures.</summary>
    public static byte[] ContentKey(SiteIndexSet all)
    {
        var text = new StringBuilder(all.Default.Images.Digest()).Append('\0');
        foreach (var index in all.Languages)
        {
            text.Append(JsonSerializer.Serialize(index.Site, FingerprintJson.Default.SiteConfig)).Append('\0')
                .Append(index.Language).Append('\0').Append(index.Urls.Prefix).Append('\0');
            foreach (var source in index.Sources)
            {
                text.Append(JsonSerializer.Serialize(source, FingerprintJson.Default.SourceInfo)).Append('\0');
            }

            foreach (var topic in index.Topics)
            {
                text.Append(JsonSerializer.Serialize(topic, FingerprintJson.Default.TopicInfo)).Append('\0');
            }

            foreach (var (_, place) in index.PlaceInfos.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                text.Append(JsonSerializer.Serialize(place, FingerprintJson.Default.PlaceInfo)).Append('\0');
            }

            foreach (var (_, person) in index.People.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                text.Append(JsonSerializer.Serialize(person, FingerprintJson.Default.PersonInfo)).Append('\0');
            }
        }

        return SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
    }
}
