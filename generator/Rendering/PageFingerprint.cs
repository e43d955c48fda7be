using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using StaticSite.Rendering.Models;

namespace StaticSite.Rendering;

/// <summary>Hashes everything a page is made from (its templates, the site model, the page model and any Markdown body) so an unchanged page can be recognised without rendering it.</summary>
public static class PageFingerprint
{
    /// <summary>The fingerprint of one page: <paramref name="templateKey"/> covers templates and site-wide values; the model is hashed by its JSON form.</summary>
    public static string Of(byte[] templateKey, PageModel model, Content.MarkdownBody? markdownBody)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        buffer.Write(templateKey);
        if (markdownBody is not null) buffer.Write(markdownBody.Hash);
        var writer = _writer ??= new Utf8JsonWriter(buffer, WriterOptions);
        writer.Reset(buffer);
        switch (model)
        {
            case ArticlePageModel article: JsonSerializer.Serialize(writer, article, FingerprintJson.Default.ArticlePageModel); break;
            case ListPageModel list: JsonSerializer.Serialize(writer, list, FingerprintJson.Default.ListPageModel); break;
            default: JsonSerializer.Serialize(writer, model, model.GetType(), FingerprintJson.Default); break;
        }

        writer.Flush();
        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    /// <summary>The fingerprint is never parsed back, so nothing needs escaping beyond what keeps the JSON unambiguous, and nothing needs validating.</summary>
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? _writer;

    /// <summary>The key shared by all pages of one template: the generator version, the template texts it can use, and the site model.</summary>
    public static byte[] TemplateKey(string generatorVersion, string templateTexts, SiteModel site)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(generatorVersion));
        hash.AppendData(Encoding.UTF8.GetBytes(templateTexts));
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(site, FingerprintJson.Default.SiteModel));
        return hash.GetHashAndReset();
    }
}
