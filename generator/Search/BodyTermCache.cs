using System.Runtime.CompilerServices;
using StaticSite.Content;

namespace StaticSite.Search;

/// <summary>Search terms worked out while pages are rendered: with a <see cref="SearchTermStore"/> (as in <c>build</c>), each rendered article's weighted terms, stored for the index and the next build; without one (as in <c>serve</c>, which reuses parsed articles between builds), the terms of each body instance, so only bodies that changed are tokenized again.</summary>
public sealed class BodyTermCache(SearchTermStore? store = null)
{
    private readonly ConditionalWeakTable<MarkdownBody, KeyValuePair<string, int>[]> _terms = new();

    /// <summary>Works out the terms of <paramref name="article"/> from its <paramref name="text"/>, already read for rendering, so indexing does not read the file again: with a store, its weighted terms (unless already stored); without, its body terms.</summary>
    public void Prepare(Article article, string text)
    {
        if (store is null)
        {
            Get(article.Body, _ => SearchIndexBuilder.BodyTerms(text));
            return;
        }

        var key = SearchIndexBuilder.TermsKey(article);
        if (!store.Keep(key)) store.Put(key, SearchIndexBuilder.Weigh(article, SearchIndexBuilder.BodyTerms(text)));
    }

    /// <summary>The store of weighted terms across builds, or null when there is none.</summary>
    public SearchTermStore? Store => store;

    /// <summary>The terms of <paramref name="body"/> with their counts, computed by <paramref name="compute"/>: once per body instance without a store, each time with one (a store keeps whole-article terms, so the body's are needed only for an article not rendered in this build whose stored terms are gone).</summary>
    public KeyValuePair<string, int>[] Get(MarkdownBody body, Func<MarkdownBody, KeyValuePair<string, int>[]> compute) =>
        store is null ? _terms.GetValue(body, b => compute(b)) : compute(body);
}
