using StaticSite.Content;

namespace StaticSite.Validation;

/// <summary>A variant found in a text: where it starts, how long it is, and the glossary entry that prefers another
/// form.</summary>
internal readonly record struct GlossaryMatch(int Start, int Length, GlossaryEntry Entry);
