using System.Text.Json.Serialization;
using Scriban.Runtime;

namespace StaticSite.Rendering.Models;

/// <summary>What the layout needs of any page: its title, description, canonical address, OpenGraph type and
/// feed.</summary>
internal abstract record PageModel
{
    /// <summary>The page's title (without the site name).</summary>
    public required string Title { get; init; }
    /// <summary>The page's description, for search engines and link previews.</summary>
    public required string Description { get; init; }
    /// <summary>The page's absolute address.</summary>
    public required string CanonicalUrl { get; init; }
    /// <summary>The OpenGraph type: <c>article</c> or <c>website</c>.</summary>
    public string OgType { get; init; } = "website";
    /// <summary>The feed of what this page lists, or null.</summary>
    public string? FeedUrl { get; init; }
    /// <summary>That feed's title, or null.</summary>
    public string? FeedTitle { get; init; }

    /// <summary>Makes the page's Schema.org JSON-LD on first use, so only pages that are rendered pay for it; it is
    /// derived from the other fields, so page fingerprints leave it out.</summary>
    [JsonIgnore]
    [ScriptMemberIgnore]
    public Lazy<SafeHtml>? StructuredDataSource { get; init; }

    /// <summary>Schema.org JSON-LD for the page (already escaped for a script element), or null when the page has
    /// none.</summary>
    [JsonIgnore]
    public SafeHtml? StructuredData => StructuredDataSource?.Value;

    /// <summary>The picture shown when the page is shared (every page has one), or null for models made without the
    /// site's pictures.</summary>
    public SocialImageModel? SocialImage { get; init; }

    /// <summary>The JSON Feed beside <see cref="FeedUrl"/>, or null.</summary>
    public string? JsonFeedUrl => FeedUrl is { } feed && feed.EndsWith(".xml", StringComparison.Ordinal)
        ? feed[..^".xml".Length] + ".json" : null;

    /// <summary>This page in every language it exists in (itself included) and <c>x-default</c> for the site's
    /// language, for <c>hreflang</c> links; empty when the page exists in one language.</summary>
    public IReadOnlyList<LanguageLinkModel> Alternates { get; init; } = [];

    /// <summary>Every language of the site for the language switcher, each linking to this page's version in it, or
    /// to its home page when there is none; empty on a one-language site.</summary>
    public IReadOnlyList<LanguageLinkModel> Languages { get; init; } = [];

    /// <summary>Whether search engines should leave the page out (a list with nothing on it, a withdrawn report's
    /// notice).</summary>
    public bool NoIndex { get; init; }

    /// <summary>The page kind (article, home, source, …), for body classes and template choices.</summary>
    public abstract string Kind { get; }
}
