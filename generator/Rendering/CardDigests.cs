using System.Security.Cryptography;
using System.Text.Json;
using StaticSite.Rendering.Models;

namespace StaticSite.Rendering;

/// <summary>The digest of an article card (SHA-256 of its JSON form), so the many pages that list the same article are
/// fingerprinted by 44 characters instead of by the card's fields.</summary>
internal static class CardDigests
{
    /// <summary>The card's digest, Base64.</summary>
    public static string Of(ArticleCardModel card) =>
        Convert.ToBase64String(SHA256.HashData(
            JsonSerializer.SerializeToUtf8Bytes(card, ModelJson.Default.ArticleCardModel)));
}
