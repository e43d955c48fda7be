using System.Text.Json.Serialization;
using StaticSite.Rendering.Models;

namespace StaticSite.Rendering;

/// <summary>The source-generated JSON form of an article card, which <see cref="CardDigests"/> hashes once per card.</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(ArticleCardModel))]
public sealed partial class CardJson : JsonSerializerContext;
