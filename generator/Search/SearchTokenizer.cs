using System.Text;

namespace StaticSite.Search;

/// <summary>Splits text into search terms exactly as <c>templates/assets/search.js</c> does: lowercased words for alphabetic scripts, character bigrams for Korean, Chinese and Japanese.</summary>
public static class SearchTokenizer
{
    /// <summary>Common English words left out of the index (the script reads this list from the index, so both sides agree).</summary>
    public static readonly IReadOnlyList<string> StopWords =
    [
        "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has", "have", "he", "her",
        "his", "in", "is", "it", "its", "of", "on", "or", "she", "that", "the", "their", "there", "they", "this", "to",
        "was", "were", "which", "who", "will", "with",
    ];

    private static readonly HashSet<string> Stop = new(StopWords, StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopLookup = Stop.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The terms of <paramref name="text"/> in order of appearance (repeats kept): words of two or more letters or digits, and overlapping pairs of CJK characters (a lone CJK character is a term of its own).</summary>
    public static List<string> Tokenize(string text)
    {
        var terms = new List<string>();
        foreach (var term in new Terms(Normalize(text))) terms.Add(term.ToString());
        return terms;
    }

    /// <summary>Adds one to <paramref name="counts"/> for every term of <paramref name="text"/>, as <see cref="Tokenize"/> would list them, without allocating a string per occurrence.</summary>
    public static void Count(string text, Dictionary<string, int> counts)
    {
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var term in new Terms(Normalize(text)))
        {
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(lookup, term, out _)++;
        }
    }

    private static string Normalize(string text) =>
        (System.Text.Ascii.IsValid(text) ? text : text.Normalize(NormalizationForm.FormKC)).ToLowerInvariant();

    /// <summary>Walks the terms of a normalized, lowercased text as spans over it.</summary>
    private ref struct Terms(string text)
    {
        private int _i;
        private int _pairEnd;

        public readonly Terms GetEnumerator() => this;

        public ReadOnlySpan<char> Current { get; private set; }

        public bool MoveNext()
        {
            if (_pairEnd > 0)
            {
                if (_i + 1 < _pairEnd)
                {
                    Current = text.AsSpan(_i++, 2);
                    return true;
                }

                _i = _pairEnd;
                _pairEnd = 0;
            }

            while (_i < text.Length)
            {
                var c = text[_i];
                if (IsCjk(c))
                {
                    var start = _i;
                    while (_i < text.Length && IsCjk(text[_i])) _i++;
                    if (_i - start == 1)
                    {
                        Current = text.AsSpan(start, 1);
                        return true;
                    }

                    _pairEnd = _i;
                    _i = start + 1;
                    Current = text.AsSpan(start, 2);
                    return true;
                }

                if (char.IsLetterOrDigit(c))
                {
                    var start = _i;
                    while (_i < text.Length && char.IsLetterOrDigit(text[_i]) && !IsCjk(text[_i])) _i++;
                    var word = text.AsSpan(start, _i - start);
                    if (word.Length >= 2 && !StopLookup.Contains(word))
                    {
                        Current = word;
                        return true;
                    }
                }
                else
                {
                    _i++;
                }
            }

            return false;
        }
    }

    /// <summary>Whether a UTF-16 unit is a Hangul, Han, Hiragana or Katakana character, which are indexed as bigrams.</summary>
    public static bool IsCjk(char c) =>
        c is >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F'
            or >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF';

    /// <summary>The shard a term lives in: 32-bit FNV-1a over its UTF-16 units, modulo the shard count (the script computes the same).</summary>
    public static int Shard(string term, int shards)
    {
        var hash = 2166136261u;
        foreach (var c in term)
        {
            hash ^= c;
            hash = unchecked(hash * 16777619u);
        }

        return (int)(hash % (uint)shards);
    }
}
