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

    /// <summary>The terms of <paramref name="text"/> in order of appearance (repeats kept): words of two or more letters or digits, and overlapping pairs of CJK characters (a lone CJK character is a term of its own).</summary>
    public static List<string> Tokenize(string text)
    {
        var terms = new List<string>();
        var normalized = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var i = 0;
        while (i < normalized.Length)
        {
            var c = normalized[i];
            if (IsCjk(c))
            {
                var start = i;
                while (i < normalized.Length && IsCjk(normalized[i])) i++;
                if (i - start == 1) terms.Add(normalized.Substring(start, 1));
                for (var j = start; j + 1 < i; j++) terms.Add(normalized.Substring(j, 2));
            }
            else if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < normalized.Length && char.IsLetterOrDigit(normalized[i]) && !IsCjk(normalized[i])) i++;
                var word = normalized[start..i];
                if (word.Length >= 2 && !Stop.Contains(word)) terms.Add(word);
            }
            else
            {
                i++;
            }
        }

        return terms;
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
