using StaticSite.Content;

namespace StaticSite.Validation;

/// <summary>The <c>places:</c> list: any place is accepted (an unlisted one gets a plain page), but a name that differs
/// from a place of <c>places.yml</c> only in case or a letter or two is probably that place misspelled.</summary>
internal static class PlaceRules
{
    /// <summary>Warns about each place that names no entry of <paramref name="registry"/> but resembles one.</summary>
    public static void Check(ArticleCheck check, NameRegistry registry)
    {
        if (registry.IsEmpty) return;
        foreach (var place in check.FrontMatter.Places)
        {
            if (registry.KeyOf(place.Value) is not null || registry.Similar(place.Value) is not { } similar) continue;
            check.Warning(place.At, $"place '{place.Value}' is not in places.yml (did you mean '{similar}'?); an " +
                "unlisted place gets a page of its own");
        }
    }
}
