namespace StaticSite.Rendering.Models;

/// <summary>A page that lists things under a heading and an introduction: a directory, or a list of articles.</summary>
internal abstract record ListingPageModel : PageModel
{
    /// <summary>The page's heading.</summary>
    public required string Heading { get; init; }
    /// <summary>The text under the heading; may be empty.</summary>
    public string Intro { get; init; } = "";
}
