namespace StaticSite.Content;

/// <summary>A publication from <c>sources.yml</c> that reports are translated from.</summary>
internal sealed record SourceInfo(string Key, string Name, string? Url, string Language, string Description)
{
    /// <summary>The field names each entry of <c>sources.yml</c> may have.</summary>
    public static readonly string[] FieldNames = ["name", "url", "language", "description"];
}
