using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using StaticSite.Rendering.Models;

namespace StaticSite.Rendering;

/// <summary>Writes an article card into a page fingerprint as the hash of the card's own JSON, computed once per card, so the many list pages that show the same card do not serialize it again.</summary>
public sealed class CardFingerprintConverter : JsonConverter<ArticleCardModel>
{
    private static readonly ConditionalWeakTable<ArticleCardModel, string> Digests = [];

    /// <summary>Fingerprints are only written.</summary>
    public override ArticleCardModel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("card fingerprints are never read back");

    /// <summary>Writes the card's digest (SHA-256 of its JSON form, Base64).</summary>
    public override void Write(Utf8JsonWriter writer, ArticleCardModel value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Digests.GetValue(value, Digest));

    private static string Digest(ArticleCardModel card) =>
        Convert.ToBase64String(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(card, CardJson.Default.ArticleCardModel)));
}
