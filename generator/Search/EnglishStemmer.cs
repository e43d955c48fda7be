namespace StaticSite.Search;

/// <summary>The Snowball English ("Porter2") stemmer, so <c>protests</c>, <c>protesters</c> and <c>protest</c> share
/// one index key. <c>templates/assets/search.js</c> has the same algorithm, written the same way, for the words of a
/// query; <c>docs/SEARCH.md</c> says why it is written here rather than taken from a package.</summary>
/// <remarks>Only words of the lower-case letters a to z are stemmed; any other word is its own stem, so both sides
/// agree without either having to define the algorithm for other letters.</remarks>
internal static class EnglishStemmer
{
    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        ["skis"] = "ski", ["skies"] = "sky", ["dying"] = "die", ["lying"] = "lie", ["tying"] = "tie",
        ["idly"] = "idl", ["gently"] = "gentl", ["ugly"] = "ugli", ["early"] = "earli", ["only"] = "onli",
        ["singly"] = "singl", ["sky"] = "sky", ["news"] = "news", ["howe"] = "howe", ["atlas"] = "atlas",
        ["cosmos"] = "cosmos", ["bias"] = "bias", ["andes"] = "andes",
    };

    private static readonly HashSet<string> AfterStep1A = new(StringComparer.Ordinal)
    {
        "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed",
    };

    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("fulness", "ful"), ("ousness", "ous"), ("iveness", "ive"),
        ("biliti", "ble"), ("lessli", "less"), ("ization", "ize"), ("entli", "ent"), ("ousli", "ous"),
        ("fulli", "ful"), ("alism", "al"), ("aliti", "al"), ("iviti", "ive"), ("ation", "ate"), ("enci", "ence"),
        ("anci", "ance"), ("abli", "able"), ("izer", "ize"), ("ator", "ate"), ("alli", "al"), ("bli", "ble"),
        ("ogi", "og"), ("li", ""),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"), ("ative", ""),
        ("ical", "ic"), ("ness", ""), ("ful", ""),
    ];

    private static readonly string[] Step4Suffixes =
    [
        "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize",
        "ion", "al", "er", "ic",
    ];

    /// <summary>The stem of <paramref name="word"/>, a lower-case word.</summary>
    public static string Stem(string word)
    {
        if (word.Length < 3 || !IsPlain(word)) return word;
        if (Exceptions.TryGetValue(word, out var exception)) return exception;
        var w = new Word(word);
        w.Step1A();
        if (AfterStep1A.Contains(w.ToString())) return w.ToString().Replace('Y', 'y');
        w.Step1B();
        w.Step1C();
        w.Replace(Step2Rules, w.P1, step2: true);
        w.Replace(Step3Rules, w.P1, step2: false);
        w.Step4();
        w.Step5();
        return w.ToString().Replace('Y', 'y');
    }

    private static bool IsPlain(string word)
    {
        foreach (var c in word)
        {
            if (c is < 'a' or > 'z') return false;
        }

        return true;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>A word being stemmed: its letters (<c>Y</c> for a consonant y) and the starts of its regions R1 and
    /// R2.</summary>
    private sealed class Word
    {
        private readonly char[] _c;
        private int _n;

        public Word(string word)
        {
            _c = word.ToCharArray();
            _n = _c.Length;
            if (_c[0] == 'y') _c[0] = 'Y';
            for (var i = 1; i < _n; i++)
            {
                if (_c[i] == 'y' && IsVowel(_c[i - 1])) _c[i] = 'Y';
            }

            P1 = word.StartsWith("gener", StringComparison.Ordinal) || word.StartsWith("arsen", StringComparison.Ordinal)
                ? 5 : word.StartsWith("commun", StringComparison.Ordinal) ? 6 : RegionAfter(0);
            P2 = RegionAfter(P1);
        }

        public int P1 { get; }

        public int P2 { get; }

        public override string ToString() => new(_c, 0, _n);

        /// <summary>The index just past the first non-vowel that follows a vowel at or after <paramref
        /// name="from"/>.</summary>
        private int RegionAfter(int from)
        {
            var i = from;
            while (i < _n && !IsVowel(_c[i])) i++;
            while (i < _n && IsVowel(_c[i])) i++;
            return i < _n ? i + 1 : _n;
        }

        private bool Ends(string suffix) =>
            suffix.Length <= _n && new ReadOnlySpan<char>(_c, _n - suffix.Length, suffix.Length).SequenceEqual(suffix);

        private void SetEnd(int length, string replacement)
        {
            _n = length;
            foreach (var c in replacement) _c[_n++] = c;
        }

        private bool HasVowel(int end)
        {
            for (var i = 0; i < end; i++)
            {
                if (IsVowel(_c[i])) return true;
            }

            return false;
        }

        /// <summary>Whether the letters before <paramref name="end"/> end in a short syllable.</summary>
        private bool ShortSyllable(int end) =>
            end >= 3 && !IsVowel(_c[end - 3]) && IsVowel(_c[end - 2]) && !IsVowel(_c[end - 1])
                && _c[end - 1] is not ('w' or 'x' or 'Y')
            || end == 2 && IsVowel(_c[0]) && !IsVowel(_c[1]);

        public void Step1A()
        {
            if (Ends("sses")) SetEnd(_n - 2, "");
            else if (Ends("ied") || Ends("ies")) SetEnd(_n - 3, _n > 4 ? "i" : "ie");
            else if (Ends("us") || Ends("ss")) return;
            else if (Ends("s") && HasVowel(_n - 2)) SetEnd(_n - 1, "");
        }

        public void Step1B()
        {
            if (Ends("eedly") || Ends("eed"))
            {
                var length = Ends("eedly") ? _n - 5 : _n - 3;
                if (length >= P1) SetEnd(length, "ee");
                return;
            }

            var stem = Ends("ingly") ? _n - 5 : Ends("edly") ? _n - 4 : Ends("ing") ? _n - 3 : Ends("ed") ? _n - 2 : -1;
            if (stem < 0 || !HasVowel(stem)) return;
            SetEnd(stem, "");
            if (Ends("at") || Ends("bl") || Ends("iz")) SetEnd(_n, "e");
            else if (_n >= 2 && _c[_n - 1] == _c[_n - 2] && _c[_n - 1] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p'
                         or 'r' or 't')
            {
                SetEnd(_n - 1, "");
            }
            else if (_n == P1 && ShortSyllable(_n)) SetEnd(_n, "e");
        }

        public void Step1C()
        {
            if (_n > 2 && _c[_n - 1] is 'y' or 'Y' && !IsVowel(_c[_n - 2])) _c[_n - 1] = 'i';
        }

        /// <summary>Steps 2 and 3: the longest of <paramref name="rules"/>' suffixes that the word ends in, replaced
        /// when it lies in the region starting at <paramref name="region"/>.</summary>
        public void Replace((string Suffix, string Replacement)[] rules, int region, bool step2)
        {
            var best = -1;
            for (var i = 0; i < rules.Length; i++)
            {
                if (Ends(rules[i].Suffix) && (best < 0 || rules[i].Suffix.Length > rules[best].Suffix.Length)) best = i;
            }

            if (best < 0) return;
            var (suffix, replacement) = rules[best];
            var start = _n - suffix.Length;
            if (start < region) return;
            if (step2 && suffix == "ogi" && (start == 0 || _c[start - 1] != 'l')) return;
            if (step2 && suffix == "li" && (start == 0 || _c[start - 1] is not ('c' or 'd' or 'e' or 'g' or 'h' or 'k'
                    or 'm' or 'n' or 'r' or 't')))
            {
                return;
            }

            if (!step2 && suffix == "ative" && start < P2) return;
            SetEnd(start, replacement);
        }

        public void Step4()
        {
            string? found = null;
            foreach (var suffix in Step4Suffixes)
            {
                if (Ends(suffix) && (found is null || suffix.Length > found.Length)) found = suffix;
            }

            if (found is null) return;
            var start = _n - found.Length;
            if (start < P2) return;
            if (found == "ion" && (start == 0 || _c[start - 1] is not ('s' or 't'))) return;
            SetEnd(start, "");
        }

        public void Step5()
        {
            if (Ends("e"))
            {
                var start = _n - 1;
                if (start >= P2 || start >= P1 && !ShortSyllable(start)) SetEnd(start, "");
            }
            else if (Ends("ll") && _n - 1 >= P2)
            {
                SetEnd(_n - 1, "");
            }
        }
    }
}
