using System.Text.Json.Serialization;
using StaticSite.Content;

namespace StaticSite.Incremental;

/// <summary>The source-generated JSON forms of the site settings and registries hashed into the content key of page
/// fingerprints, without reflection on each build.</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(SiteConfig))]
[JsonSerializable(typeof(SourceInfo))]
[JsonSerializable(typeof(TopicInfo))]
[JsonSerializable(typeof(PlaceInfo))]
[JsonSerializable(typeof(PersonInfo))]
internal sealed partial class FingerprintJson : JsonSerializerContext;
