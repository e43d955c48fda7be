namespace StaticSite.Content;

/// <summary>A topic from the controlled vocabulary in <c>topics.yml</c>.</summary>
internal sealed record TopicInfo(string Key, string Title, string Description)
{
    /// <summary>The field names each entry of <c>topics.yml</c> may have.</summary>
    public static readonly string[] FieldNames = ["title", "description"];
}
