using System.Text.Json.Serialization;
using StaticSite.Rendering.Models;

namespace StaticSite.Rendering;

/// <summary>The source-generated JSON form of the site model, which is part of every page's template key.</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(SiteModel))]
public sealed partial class FingerprintJson : JsonSerializerContext;
