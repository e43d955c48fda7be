using System.Text.Json.Serialization;
using StaticSite.Rendering.Models;

namespace StaticSite.Rendering;

/// <summary>Source-generated JSON writers for the page and site models, so fingerprinting every page of a large site costs a fraction of reflection-based serialization; article cards are written as their own digests (<see cref="CardFingerprintConverter"/>).</summary>
[JsonSourceGenerationOptions(Converters = [typeof(CardFingerprintConverter)])]
[JsonSerializable(typeof(ArticlePageModel))]
[JsonSerializable(typeof(ListPageModel))]
[JsonSerializable(typeof(DirectoryPageModel))]
[JsonSerializable(typeof(NotFoundPageModel))]
[JsonSerializable(typeof(SearchPageModel))]
[JsonSerializable(typeof(SiteModel))]
public sealed partial class FingerprintJson : JsonSerializerContext;
