namespace StaticSite.Content;

/// <summary>A reporter or translator from <c>people.yml</c>: their name (and its spelling in other languages), a short
/// bio and a link to them elsewhere.</summary>
internal sealed record PersonInfo(string Key, string Name, IReadOnlyDictionary<string, string> Names, string Bio,
    string? SameAs)
{
    /// <summary>The field names each entry of <c>people.yml</c> may have.</summary>
    public static readonly string[] FieldNames = ["name", "names", "bio", "same_as"];

    /// <summary>The person's name as a page in <paramref name="language"/> shows it.</summary>
    public string NameIn(string language) => Names.GetValueOrDefault(language) ?? Name;
}
