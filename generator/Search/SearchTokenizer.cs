using System.Runtime.InteropServices;
using System.Text;

namespace StaticSite.Search;

/// <summary>Splits text into search terms exactly as <c>templates/assets/search.js</c> does: lowercased words for
/// alphabetic scripts, character bigrams and trigrams for Korean, Chinese and Japanese; and gives each term the key the
/// index files it under (an English word's Porter2 stem).</summary>
internal static class SearchTokenizer
{
    /// <summary>Common English words left out of the index (the script reads this list from the index, so both sides
    /// agree).</summary>
    public static readonly IReadOnlyList<string> StopWords =
    [
        "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has", "have", "he",
            "her",
        "his", "in", "is", "it", "its", "of", "on", "or", "she", "that", "the", "their", "there", "they", "this", "to",
        "was", "were", "which", "who", "will", "with",
    ];

    /// <summary>Korean particles (josa), longest first: a query word of Hangul that ends in one, after at least two
    /// other syllables, also finds the word without it (the script reads this list from the index).</summary>
    public static readonly IReadOnlyList<string> Particles =
    [
        "에서는", "으로는", "에게서", "까지는", "에서", "에게", "으로", "까지", "부터", "처럼", "보다", "한테", "께서", "이나",
        "라고", "이라", "은", "는", "이", "가", "을", "를", "에", "의", "도", "로", "와", "과", "만", "나", "께",
    ];

    /// <summary>The terms of <paramref name="text"/> in order of appearance (repeats kept): words of two or more
    /// letters or digits, and for each run of CJK characters its overlapping pairs and then its overlapping triples (a
    /// lone CJK character is a term of its own).</summary>
    public static List<string> Tokenize(string text)
    {
        var terms = new List<string>();
        foreach (var term in new Terms(Normalize(text), new char[WordBuffer])) terms.Add(term.ToString());
        return terms;
    }

    /// <summary>Adds one to <paramref name="counts"/> for every term of <paramref name="text"/>, as <see
    /// cref="Tokenize"/> would list them, without allocating a string per occurrence.</summary>
    public static void Count(string text, Dictionary<string, int> counts) => Count(text.AsSpan(), counts);

    /// <summary>Adds one to <paramref name="counts"/> for every term of <paramref name="text"/>, as <see
    /// cref="Count(string, Dictionary{string, int})"/> does.</summary>
    public static void Count(ReadOnlySpan<char> text, Dictionary<string, int> counts)
    {
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var term in new Terms(
            Ascii.IsValid(text) ? text : Normalize(text.ToString()), stackalloc char[WordBuffer]))
        {
            CollectionsMarshal.GetValueRefOrAddDefault(lookup, term, out _)++;
        }
    }

    /// <summary>Adds one to <paramref name="counts"/> for every term of <paramref name="text"/>, as <see
    /// cref="Tokenize"/> would list them, keyed by the term's id (see <see cref="TermIds"/>).</summary>
    public static void Count(ReadOnlySpan<char> text, TermIds ids, Dictionary<int, int> counts)
    {
        foreach (var term in new Terms(
            Ascii.IsValid(text) ? text : Normalize(text.ToString()), stackalloc char[WordBuffer]))
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, ids.Id(term), out _)++;
        }
    }

    private const int WordBuffer = 128;

    private static readonly int LongestStopWord = StopWords.Max(w => w.Length);

    /// <summary>The stop words in a collision-free hash table of packed words (see <see cref="Pack"/>), so checking a
    /// short word costs a multiply and one comparison rather than a string hash lookup.</summary>
    private static readonly ulong[] StopTable = new ulong[1 << StopTableBits];

    private const int StopTableBits = 8;

    private static readonly ulong StopMultiplier = FillStopTable();

    /// <summary>Finds a multiplier that gives every packed stop word its own slot and fills the table with
    /// it.</summary>
    private static ulong FillStopTable()
    {
        for (var seed = 0x9E3779B97F4A7C15UL; ; seed += 0x9E3779B97F4A7C15UL)
        {
            var multiplier = (seed ^ (seed >> 31)) * 0xBF58476D1CE4E5B9UL | 1;
            Array.Clear(StopTable);
            var placed = 0;
            foreach (var word in StopWords)
            {
                var packed = Pack(word);
                ref var slot = ref StopTable[Slot(packed, multiplier)];
                if (slot != 0) break;
                slot = packed;
                placed++;
            }

            if (placed == StopWords.Count) return multiplier;
        }
    }

    private static int Slot(ulong packed, ulong multiplier) => (int)((packed * multiplier) >> (64 - StopTableBits));

    /// <summary>A lower-case word of at most <see cref="LongestStopWord"/> ASCII characters as one number: its length
    /// and its characters, a byte each; any other word is zero, which no stop word packs to.</summary>
    private static ulong Pack(ReadOnlySpan<char> word)
    {
        if (word.Length > LongestStopWord) return 0;
        var packed = (ulong)word.Length;
        foreach (var c in word)
        {
            if (c >= '\u0080') return 0;
            packed = (packed << 8) | c;
        }

        return packed;
    }

    private static bool IsStopWord(ReadOnlySpan<char> word) => Pack(word) is var packed and not 0
        && StopTable[Slot(packed, StopMultiplier)] == packed;

    /// <summary>Compatibility-normalizes text that is not plain ASCII; lower-casing is done word by word, which gives
    /// the same terms as lower-casing the whole text first because invariant case mapping is one UTF-16 unit for one
    /// and keeps letters letters.</summary>
    private static string Normalize(string text) =>
        Ascii.IsValid(text) ? text : text.Normalize(NormalizationForm.FormKC);

    /// <summary>Walks the terms of a normalized text as lower-cased spans over it or over <paramref
    /// name="scratch"/>.</summary>
    private ref struct Terms(ReadOnlySpan<char> text, Span<char> scratch)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private readonly Span<char> _scratch = scratch;
        private int _i;
        private int _pairEnd;
        private int _runStart;
        private int _size;

        public readonly Terms GetEnumerator() => this;

        public ReadOnlySpan<char> Current { get; private set; }

        public bool MoveNext()
        {
            if (_pairEnd > 0 && ContinuePairs()) return true;
            var text = _text;
            var i = _i;
            while (i < text.Length)
            {
                var c = text[i];
                if (c >= '\u0080' && IsCjk(c))
                {
                    StartPairs(i);
                    return true;
                }

                if (c < '\u0080' ? !char.IsAsciiLetterOrDigit(c) : !char.IsLetterOrDigit(c))
                {
                    i++;
                    continue;
                }

                var word = Word(ref i);
                if (word.Length >= 2 && (word.Length > LongestStopWord || !IsStopWord(word)))
                {
                    _i = i;
                    Current = word;
                    return true;
                }
            }

            _i = _text.Length;
            return false;
        }

        /// <summary>The next n-gram of the CJK run under way (its bigrams, then its trigrams); false when the run is
        /// done.</summary>
        private bool ContinuePairs()
        {
            if (_i + _size > _pairEnd && _size == 2)
            {
                _size = 3;
                _i = _runStart;
            }

            if (_i + _size <= _pairEnd)
            {
                Current = _text.Slice(_i++, _size);
                return true;
            }

            _i = _pairEnd;
            _pairEnd = 0;
            return false;
        }

        /// <summary>Starts the CJK run at <paramref name="start"/>: a lone character is a term of its own, a longer run
        /// gives its overlapping bigrams and then its overlapping trigrams, the first bigram now.</summary>
        private void StartPairs(int start)
        {
            var i = start;
            while (i < _text.Length && IsCjk(_text[i])) i++;
            if (i - start == 1)
            {
                _i = i;
                Current = _text.Slice(start, 1);
                return;
            }

            _pairEnd = i;
            _runStart = start;
            _size = 2;
            _i = start + 1;
            Current = _text.Slice(start, 2);
        }

        /// <summary>The word starting at <paramref name="i"/> (which moves past it), lower-cased when it needs it;
        /// words of one character come back as they are, to be skipped.</summary>
        private readonly ReadOnlySpan<char> Word(scoped ref int i)
        {
            var text = _text;
            var first = i;
            var upper = false;
            var c = text[i];
            for (; i < text.Length && (c = text[i]) < '\u0080'; i++)
            {
                if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)) continue;
                if (!char.IsAsciiLetterUpper(c)) break;
                upper = true;
            }

            var plain = i == text.Length || c < '\u0080';
            if (!plain)
            {
                while (i < text.Length && IsWordPart(text[i])) i++;
            }

            var word = text.Slice(first, i - first);
            return word.Length >= 2 && (upper || !plain) ? Lower(word) : word;
        }

        private static bool IsWordPart(char c) => c < '\u0080' ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c)
            && !IsCjk(c);

        private readonly ReadOnlySpan<char> Lower(ReadOnlySpan<char> word)
        {
            if (!word.ContainsAnyInRange('A', 'Z') && Ascii.IsValid(word)) return word;
            if (word.Length > _scratch.Length) return word.ToString().ToLowerInvariant();
            var lowered = _scratch[..word.Length];
            word.ToLowerInvariant(lowered);
            return lowered;
        }
    }

    /// <summary>The key the index files <paramref name="term"/> under: the stem of a word of the letters a to z, any
    /// other term itself.</summary>
    public static string Key(string term) => EnglishStemmer.Stem(term);

    /// <summary>Whether a UTF-16 unit is a Hangul, Han, Hiragana or Katakana character, which are indexed as
    /// bigrams.</summary>
    public static bool IsCjk(char c) =>
        c is >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F'
            or >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF';
}
