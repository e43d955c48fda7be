using System.Text.Json.Serialization;
using StaticSite.Content;
using StaticSite.Rendering.Models;

namespace StaticSite.Incremental;

/// <summary>The source-generated JSON forms hashed into page fingerprints: the site model (template key) and the site settings and registries (content key), without reflection on each build.</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(SiteModel))]
[JsonSerializable(typeof(SiteConfig))]
[JsonSerializable(typeof(SourceInfo))]
[JsonSerializable(typeof(TopicInfo))]
public sealed partial class FingerprintJson : JsonSerializerContext;
