namespace StaticSite.Rendering.Models;

/// <summary>A page that lists things under a heading and an introduction: a directory, or a list of articles.</summary>
internal abstract record ListingPageModel : PageModel
{
    public required string Heading { get; init; }
    public string Intro { get; init; } = "";
}
