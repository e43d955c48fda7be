using StaticSite.Diagnostics;

namespace StaticSite.Content;

/// <summary>One entry of <c>glossary.yml</c>: the form of a name or term the collection uses, the variants
/// <c>check</c> flags, what kind of thing it names, and optionally its original spelling and a note.</summary>
/// <param name="Key">The entry's key.</param>
/// <param name="Preferred">The form to use.</param>
/// <param name="Variants">Forms to replace with <paramref name="Preferred"/>.</param>
/// <param name="Kind"><c>person</c>, <c>organization</c>, <c>place</c> or <c>term</c>.</param>
/// <param name="Original">The name in the original language (such as 김정은), or null.</param>
/// <param name="Note">Why this form is used, or null.</param>
/// <param name="IgnoreCase">Whether variants match whatever their letters' case (<c>ignore_case: true</c>).</param>
/// <param name="At">Where the entry is written.</param>
internal sealed record GlossaryEntry(
    string Key,
    string Preferred,
    IReadOnlyList<string> Variants,
    string Kind,
    string? Original,
    string? Note,
    bool IgnoreCase,
    SourceLocation At)
{
    /// <summary>The field names each entry may have.</summary>
    public static readonly string[] FieldNames = ["preferred", "variants", "kind", "original", "note", "ignore_case"];

    /// <summary>The kinds an entry may name.</summary>
    public static readonly string[] Kinds = ["person", "organization", "place", "term"];
}
