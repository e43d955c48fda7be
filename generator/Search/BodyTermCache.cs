using System.Runtime.CompilerServices;

namespace StaticSite.Search;

/// <summary>The search terms of article bodies, kept per body instance so a builder that reuses parsed articles between builds (as <c>serve</c> does) tokenizes only the bodies that changed.</summary>
public sealed class BodyTermCache
{
    private readonly ConditionalWeakTable<Content.MarkdownBody, KeyValuePair<string, int>[]> _terms = new();

    /// <summary>The kept terms of <paramref name="body"/> with their counts, computed by <paramref name="compute"/> the first time this body instance is seen.</summary>
    public KeyValuePair<string, int>[] Get(Content.MarkdownBody body, Func<Content.MarkdownBody, KeyValuePair<string, int>[]> compute) =>
        _terms.GetValue(body, b => compute(b));
}
