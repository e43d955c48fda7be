namespace StaticSite.Rendering.Models;

/// <summary>A date for a <c>&lt;time&gt;</c> element: what readers see and the machine-readable value.</summary>
/// <param name="Display">The date as readers see it, in the page language's format.</param>
/// <param name="Machine">The value for a <c>datetime</c> attribute: <c>2021-06-09</c>, or a timestamp when a time was
/// given.</param>
internal sealed record DateModel(string Display, string Machine)
{
    /// <summary>The RFC 3339 timestamp with its time zone (midnight UTC for a date alone), for OpenGraph.</summary>
    public string Zoned { get; init; } = "";
}
