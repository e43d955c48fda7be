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
        foreach (var term in new Terms(Normalize(text), new char[WordBuffer])) terms.Add(term.ToString());
        return terms;
    }

    /// <summary>Adds one to <paramref name="counts"/> for every term of <paramref name="text"/>, as <see cref="Tokenize"/> would list them, without allocating a string per occurrence.</summary>
    public static void Count(string text, Dictionary<string, int> counts) => Count(text.AsSpan(), counts);

    /// <summary>Adds one to <paramref name="counts"/> for every term of <paramref name="text"/>, as <see cref="Count(string, Dictionary{string, int})"/> does.</summary>
    public static void Count(ReadOnlySpan<char> text, Dictionary<string, int> counts)
    {
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var term in new Terms(System.Text.Ascii.IsValid(text) ? text : Normalize(text.ToString()), stackalloc char[WordBuffer]))
        {
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(lookup, term, out _)++;
        }
    }

    private const int WordBuffer = 128;

    private static readonly System.Buffers.SearchValues<char> AsciiSeparators =
        System.Buffers.SearchValues.Create(Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsAsciiLetterOrDigit(c)).ToArray());

    private static readonly int LongestStopWord = StopWords.Max(w => w.Length);

    private static readonly System.Buffers.SearchValues<char> StopInitials = System.Buffers.SearchValues.Create(StopWords.Select(w => w[0]).Distinct().ToArray());

    /// <summary>Compatibility-normalizes text that is not plain ASCII; lower-casing is done word by word, which gives the same terms as lower-casing the whole text first because invariant case mapping is one UTF-16 unit for one and keeps letters letters.</summary>
    private static string Normalize(string text) =>
        System.Text.Ascii.IsValid(text) ? text : text.Normalize(NormalizationForm.FormKC);

    /// <summary>Walks the terms of a normalized text as lower-cased spans over it or over <paramref name="scratch"/>.</summary>
    private ref struct Terms(ReadOnlySpan<char> text, Span<char> scratch)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private readonly Span<char> _scratch = scratch;
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
                    Current = _text.Slice(_i++, 2);
                    return true;
                }

                _i = _pairEnd;
                _pairEnd = 0;
            }

            while (_i < _text.Length)
            {
                var c = _text[_i];
                if (c < '\u0080')
                {
                    if (!char.IsAsciiLetterOrDigit(c))
                    {
                        if (++_i < _text.Length && _text[_i] < '\u0080' && !char.IsAsciiLetterOrDigit(_text[_i]))
                        {
                            var next = _text[_i..].IndexOfAnyExcept(AsciiSeparators);
                            _i = next < 0 ? _text.Length : _i + next;
                        }

                        continue;
                    }
                }
                else if (IsCjk(c))
                {
                    var start = _i;
                    while (_i < _text.Length && IsCjk(_text[_i])) _i++;
                    if (_i - start == 1)
                    {
                        Current = _text.Slice(start, 1);
                        return true;
                    }

                    _pairEnd = _i;
                    _i = start + 1;
                    Current = _text.Slice(start, 2);
                    return true;
                }
                else if (!char.IsLetterOrDigit(c))
                {
                    _i++;
                    continue;
                }

                var first = _i;
                var lowered = true;
                for (; _i < _text.Length; _i++)
                {
                    var part = _text[_i];
                    if (char.IsAsciiLetterLower(part) || char.IsAsciiDigit(part)) continue;
                    if (!IsWordPart(part)) break;
                    lowered = false;
                }

                var word = lowered ? _text.Slice(first, _i - first) : Lower(_text.Slice(first, _i - first));
                if (word.Length >= 2 && (word.Length > LongestStopWord || !StopInitials.Contains(word[0]) || !StopLookup.Contains(word)))
                {
                    Current = word;
                    return true;
                }
            }

            return false;
        }

        private static bool IsWordPart(char c) => c < '\u0080' ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c) && !IsCjk(c);

        private readonly ReadOnlySpan<char> Lower(ReadOnlySpan<char> word)
        {
            if (!word.ContainsAnyInRange('A', 'Z') && System.Text.Ascii.IsValid(word)) return word;
            if (word.Length > _scratch.Length) return word.ToString().ToLowerInvariant();
            var lowered = _scratch[..word.Length];
            word.ToLowerInvariant(lowered);
            return lowered;
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
