using System.Text.Json.Serialization;

namespace StaticSite.Rendering.Models;

/// <summary>What the layout needs of any page: its title, description, canonical address, OpenGraph type and
/// feed.</summary>
internal abstract record PageModel
{
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string CanonicalUrl { get; init; }
    public string OgType { get; init; } = "website";
    public string? FeedUrl { get; init; }
    public string? FeedTitle { get; init; }

    /// <summary>Makes the page's Schema.org JSON-LD on first use, so only pages that are rendered pay for it; it is
    /// derived from the other fields, so page fingerprints leave it out.</summary>
    [JsonIgnore]
    public Lazy<SafeHtml>? StructuredDataSource { get; init; }

    /// <summary>Schema.org JSON-LD for the page (already escaped for a script element), or null when the page has
    /// none.</summary>
    [JsonIgnore]
    public SafeHtml? StructuredData => StructuredDataSource?.Value;

    /// <summary>The absolute URL of the image shown when the page is shared, or null.</summary>
    public string? SocialImage { get; init; }

    /// <summary>The page kind (article, home, source, …), for body classes and template choices.</summary>
    public abstract string Kind { get; }
}
