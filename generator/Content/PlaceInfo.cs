namespace StaticSite.Content;

/// <summary>A place from <c>places.yml</c>: its name (and its name in other languages), the region it lies in, and
/// where it is.</summary>
internal sealed record PlaceInfo(string Key, string Name, IReadOnlyDictionary<string, string> Names, string? Parent,
    double? Latitude, double? Longitude, string Description)
{
    /// <summary>The field names each entry of <c>places.yml</c> may have.</summary>
    public static readonly string[] FieldNames = ["name", "names", "parent", "coordinates", "description"];

    /// <summary>The place's name as a page in <paramref name="language"/> shows it.</summary>
    public string NameIn(string language) => Names.GetValueOrDefault(language) ?? Name;
}
