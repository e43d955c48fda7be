using System.Runtime.CompilerServices;

namespace StaticSite.Search;

/// <summary>The search terms of article bodies, kept per body instance so a builder that reuses parsed articles between builds (as <c>serve</c> does) tokenizes only the bodies that changed, or, with a <see cref="SearchTermStore"/>, by body hash across builds (as <c>build</c> does), together with each article's stored weighted terms.</summary>
public sealed class BodyTermCache(SearchTermStore? store = null)
{
    private readonly ConditionalWeakTable<Content.MarkdownBody, KeyValuePair<string, int>[]> _terms = new();

    /// <summary>Computes and keeps the body terms of <paramref name="article"/> from its <paramref name="text"/>, already read for rendering, so indexing does not read the file again; skipped when the article's weighted terms are already stored (as after a template change).</summary>
    public void Prepare(Content.Article article, string text)
    {
        if (store is not null && store.Contains(SearchIndexBuilder.TermsKey(article))) return;
        Get(article.Body, _ => SearchIndexBuilder.BodyTerms(text));
    }

    /// <summary>The weighted terms of a whole article, stored under <paramref name="key"/> (a SHA-256 of everything they are computed from) when there is a store, so an incremental build does not tokenize and weigh every unchanged article again.</summary>
    public KeyValuePair<string, int>[] Article(byte[] key, Func<KeyValuePair<string, int>[]> compute)
    {
        if (store is null) return compute();
        if (store.TryGet(key, out var terms)) return terms;
        terms = compute();
        store.Put(key, terms);
        return terms;
    }

    /// <summary>The terms of <paramref name="body"/> with their counts, computed by <paramref name="compute"/> the first time this body is seen (in this builder, or in this build when there is a store: the store keeps whole-article terms across builds, not body terms).</summary>
    public KeyValuePair<string, int>[] Get(Content.MarkdownBody body, Func<Content.MarkdownBody, KeyValuePair<string, int>[]> compute)
    {
        if (store is null) return _terms.GetValue(body, b => compute(b));
        if (store.TryGet(body.Hash, out var terms)) return terms;
        terms = compute(body);
        store.Put(body.Hash, terms, keep: false);
        return terms;
    }
}
