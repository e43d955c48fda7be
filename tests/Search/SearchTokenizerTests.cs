using StaticSite.Search;

namespace StaticSite.Tests.Search;

public sealed class SearchTokenizerTests
{
    [Theory]
    [InlineData("CAFÉ Straße ÜBER Ĳssel naïve ΑΘΗΝΑ Москва")]
    [InlineData("The THE tHe Which WHICH there THERE a An")]
    [InlineData("ＦＵＬＬＷＩＤＴＨ Ｌｅｔｔｅｒｓ and ① ligature ﬁne")]
    [InlineData("Mixed평양Text KIM정은 2024년 TOKYO東京")]
    [InlineData("İstanbul ǅemal ᾼ K")]
    [InlineData("Hello,   world!!! -- 'quoted' (paren) [x1] {y2} a.b.c ab.cd end...\n\n\t--- «Ünïcode» café-au-lait 42nd 3.14 …")]
    public void Terms_are_the_same_as_lower_casing_the_whole_text_first(string text)
    {
        var expected = Reference(text);

        Assert.Equal(expected, SearchTokenizer.Tokenize(text));
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        SearchTokenizer.Count(text, counts);
        Assert.Equal(expected.GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count()).OrderBy(p => p.Key, StringComparer.Ordinal),
            counts.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Random_mixes_of_cases_scripts_digits_stop_words_and_separators_give_the_reference_terms()
    {
        string[] pieces = ["the", "The", "THE", "a", "an", "which", "Which", "there", "of", "x", "ab", "Kim", "VIDEO", "ban", "2024", "3", "é", "É", "ß", "naïve", "Ĳ", "평양", "결", "東京", "ｆｕｌｌ", "①", "ﬁ", " ", "  ", "\n", ".", ",", "-", "'", "…", "«", "»", "\t", "(", ")", "_", "/"];
        var random = new Random(20261125);
        for (var run = 0; run < 2000; run++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 30)).Select(_ => pieces[random.Next(pieces.Length)]));
            var expected = Reference(text);
            Assert.Equal(expected, SearchTokenizer.Tokenize(text));
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            SearchTokenizer.Count(text.AsSpan(), counts);
            Assert.Equal(expected.GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count()).OrderBy(p => p.Key, StringComparer.Ordinal),
                counts.OrderBy(p => p.Key, StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Every_stop_word_in_any_case_is_left_out_and_words_one_letter_away_from_one_are_kept()
    {
        foreach (var word in SearchTokenizer.StopWords)
        {
            Assert.Empty(SearchTokenizer.Tokenize(word));
            Assert.Empty(SearchTokenizer.Tokenize(word.ToUpperInvariant()));
            if (word.Length >= 2) Assert.Equal([word[..^1] + "q"], SearchTokenizer.Tokenize(word[..^1] + "q"));
            Assert.Equal([word + "q"], SearchTokenizer.Tokenize(word + "q"));
            Assert.Equal([word + "é"], SearchTokenizer.Tokenize(word + "é"));
        }
    }

    [Fact]
    public void A_word_longer_than_the_scratch_buffer_is_lower_cased_whole()
    {
        var word = string.Concat(Enumerable.Repeat("AbCdÉ", 100));

        Assert.Equal([word.ToLowerInvariant()], SearchTokenizer.Tokenize("the " + word + " a"));
    }

    /// <summary>The tokenizer's rule written the slow, obvious way: normalize, lower-case everything, then split.</summary>
    private static List<string> Reference(string text)
    {
        var lowered = text.Normalize(System.Text.NormalizationForm.FormKC).ToLowerInvariant();
        var terms = new List<string>();
        var i = 0;
        while (i < lowered.Length)
        {
            if (SearchTokenizer.IsCjk(lowered[i]))
            {
                var start = i;
                while (i < lowered.Length && SearchTokenizer.IsCjk(lowered[i])) i++;
                if (i - start == 1) terms.Add(lowered[start..i]);
                for (var j = start; j + 1 < i; j++) terms.Add(lowered.Substring(j, 2));
                for (var j = start; j + 2 < i; j++) terms.Add(lowered.Substring(j, 3));
            }
            else if (char.IsLetterOrDigit(lowered[i]))
            {
                var start = i;
                while (i < lowered.Length && char.IsLetterOrDigit(lowered[i]) && !SearchTokenizer.IsCjk(lowered[i])) i++;
                var word = lowered[start..i];
                if (word.Length >= 2 && !SearchTokenizer.StopWords.Contains(word)) terms.Add(word);
            }
            else
            {
                i++;
            }
        }

        return terms;
    }
}
