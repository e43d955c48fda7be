using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using StaticSite.Content;
using StaticSite.Indexing;
using StaticSite.Rendering.Models;

namespace StaticSite.Rendering;

/// <summary>Schema.org JSON-LD for article, source and topic pages, written by System.Text.Json so every string is
/// escaped (<c>&lt;</c> becomes <c>\u003C</c>, so nothing a contributor writes can close the script element).</summary>
internal static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(
        UnicodeRanges.All) };

    /// <summary>A <c>NewsArticle</c> describing a translated report: who wrote and translated it, when, what it is
    /// based on and what was corrected, its pictures and its publisher's logo.</summary>
    public static SafeHtml Article(Article a, SiteIndex index)
    {
        var url = index.Urls.Absolute(UrlMap.Article(a.Slug));
        var data = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["@id"] = url,
            ["url"] = url,
            ["mainEntityOfPage"] = url,
            ["headline"] = a.Title,
            ["description"] = a.Summary,
            ["datePublished"] = a.Date.Rfc3339,
            ["dateModified"] = a.LastChanged.Rfc3339,
            ["inLanguage"] = a.Language,
        };
        if (a.Authors.Count > 0) data["author"] = People(a.Authors, index, index.ReporterSlugs, UrlMap.Reporter);
        if (a.Translators.Count > 0)
        {
            data["translator"] = People(a.Translators, index, index.TranslatorSlugs, (s, _) => UrlMap.Translator(s));
        }
        if (a.OriginalUrl is { } original) data["isBasedOn"] = original;
        var work = new JsonObject { ["@type"] = "CreativeWork" };
        if (a.OriginalTitle is { } originalTitle) work["name"] = originalTitle;
        work["inLanguage"] = a.OriginalLanguage;
        if (a.OriginalUrl is { } workUrl) work["url"] = workUrl;
        if (a.OriginalPublished is { } published) work["datePublished"] = published.Rfc3339;
        work["publisher"] = Organization(a.Publication.Name, a.Publication.Url);
        data["translationOfWork"] = work;
        var publisher = Organization(index.Site.Title, index.RootUrls.Absolute(UrlMap.Home()));
        if (index.Site.CorrectionsPolicy is { } policy) publisher["correctionsPolicy"] = policy;
        if (SocialImages.Logo(index)?.Largest is { } logo)
        {
            publisher["logo"] = new JsonObject
            {
                ["@type"] = "ImageObject",
                ["url"] = index.RootUrls.Absolute("/" + logo.Path),
                ["width"] = logo.Width,
                ["height"] = logo.Height,
            };
        }

        data["publisher"] = publisher;
        data["image"] = new JsonArray(SocialImages.StructuredImages(a, index)
            .Select(u => (JsonNode?)JsonValue.Create(u)).ToArray());
        data["keywords"] = new JsonArray(a.Topics.Select(t => (JsonNode?)JsonValue.Create(t.Title)).ToArray());
        if (a.Places.Count > 0)
        {
            data["contentLocation"] = new JsonArray(a.Places.Select(p => (JsonNode?)Place(p, index)).ToArray());
        }

        if (a.Corrections.Count > 0)
        {
            data["correction"] = new JsonArray(a.Corrections.Select(c => (JsonNode?)new JsonObject
            {
                ["@type"] = "CorrectionComment",
                ["datePublished"] = c.Date.Rfc3339,
                ["text"] = c.Text,
            }).ToArray());
        }

        return Write(data);
    }

    /// <summary>A <c>CollectionPage</c> for a source or topic page, whose main entity lists the articles shown on
    /// it.</summary>
    public static SafeHtml Collection(
        string name, string description, string url, string language, IEnumerable<string> articleUrls) =>
        Write(new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "CollectionPage",
            ["@id"] = url,
            ["url"] = url,
            ["name"] = name,
            ["description"] = description,
            ["inLanguage"] = language,
            ["mainEntity"] = new JsonObject
            {
                ["@type"] = "ItemList",
                ["itemListElement"] = new JsonArray(articleUrls.Select((u, i) => (JsonNode?)new JsonObject
                {
                    ["@type"] = "ListItem",
                    ["position"] = i + 1,
                    ["url"] = u,
                }).ToArray()),
            },
        });

    /// <summary>Each person as a <c>Person</c> with their page on this site and, when people.yml gives one, their
    /// <c>sameAs</c> link.</summary>
    private static JsonArray People(IEnumerable<string> names, SiteIndex index,
        IReadOnlyDictionary<string, string> slugs, Func<string, int, string> page) =>
        new(names.Select(n =>
        {
            var person = new JsonObject { ["@type"] = "Person", ["name"] = n };
            if (!slugs.TryGetValue(n, out var slug)) return (JsonNode?)person;
            person["url"] = index.Urls.Absolute(page(slug, 1));
            if (index.People.TryGetValue(slug, out var known) && known.SameAs is { } sameAs) person["sameAs"] = sameAs;
            return person;
        }).ToArray());

    /// <summary>A place the report is about, named as the page's language names it, with its page on this site and,
    /// when places.yml gives them, its coordinates.</summary>
    private static JsonObject Place(string name, SiteIndex index)
    {
        var place = new JsonObject { ["@type"] = "Place", ["name"] = name };
        if (!index.PlaceSlugs.TryGetValue(name, out var slug)) return place;
        place["url"] = index.Urls.Absolute(UrlMap.Place(slug));
        if (index.PlaceInfos.TryGetValue(slug, out var known))
        {
            place["name"] = known.NameIn(index.Language);
            if (known is { Latitude: { } latitude, Longitude: { } longitude })
            {
                place["geo"] = new JsonObject
                {
                    ["@type"] = "GeoCoordinates", ["latitude"] = latitude, ["longitude"] = longitude,
                };
            }
        }

        return place;
    }

    private static JsonObject Organization(string name, string? url)
    {
        var organization = new JsonObject { ["@type"] = "Organization", ["name"] = name };
        if (!string.IsNullOrEmpty(url)) organization["url"] = url;
        return organization;
    }

    private static SafeHtml Write(JsonObject data) => new(data.ToJsonString(Options));
}
