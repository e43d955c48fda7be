using System.Text.Json.Serialization;
using StaticSite.Rendering.Models;

namespace StaticSite.Rendering;

/// <summary>The source-generated JSON forms of the models hashed into page fingerprints: the site model (the template
/// key) and an article card (its digest).</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(SiteModel))]
[JsonSerializable(typeof(ArticleCardModel))]
internal sealed partial class ModelJson : JsonSerializerContext;
