using System.Text.Json.Serialization;

namespace StaticSite.Incremental;

/// <summary>What a build recorded of one page: the fingerprint of its inputs and the site links its article body makes
/// (checked again before the page is reused).</summary>
internal sealed record PageRecord(string Key, string[] Links)
{
    /// <summary>The byte offset and length of the article body in the page, or null (not an article page, or its body
    /// could not be located).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int[]? Body { get; init; }
}
