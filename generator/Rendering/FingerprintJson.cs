using System.Text.Json.Serialization;
using StaticSite.Rendering.Models;

namespace StaticSite.Rendering;

/// <summary>The source-generated JSON forms hashed into page fingerprints: the site model (template key) and the site settings and registries (content key), without reflection on each build.</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(SiteModel))]
[JsonSerializable(typeof(Content.SiteConfig))]
[JsonSerializable(typeof(Content.SourceInfo))]
[JsonSerializable(typeof(Content.TopicInfo))]
public sealed partial class FingerprintJson : JsonSerializerContext;
