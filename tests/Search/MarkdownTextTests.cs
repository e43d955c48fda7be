using StaticSite.Search;

namespace StaticSite.Tests.Search;

public sealed class MarkdownTextTests
{
    [Fact]
    public void Link_destinations_reference_definitions_and_bare_urls_leave_no_words()
    {
        var words = SearchTokenizer.Tokenize(MarkdownText.Words("""
            Read [the report](https://example.com/secretword "tooltip") and [more][ref].

            [ref]: https://example.com/hiddenword

            ```csharp
            code stays
            ```

            See https://example.org/urlword too.
            """));

        Assert.Equal(["read", "report", "more", "ref", "code", "stays", "see", "too"], words);
    }

    [Fact]
    public void Footnote_text_is_kept()
    {
        Assert.Equal(["note", "source", "asked"], SearchTokenizer.Tokenize(MarkdownText.Words("Note.[^1]\n\n[^1]: The source asked.")));
    }

    [Fact]
    public void Entities_are_decoded_and_markup_characters_vanish()
    {
        Assert.Equal(["tom", "jerry", "bold", "quote"], SearchTokenizer.Tokenize(MarkdownText.Words("Tom &amp; Jerry **bold**\n> quote")));
    }

    [Fact]
    public void A_body_nested_100000_deep_gives_words_without_a_stack_overflow()
    {
        Assert.Equal(["end"], SearchTokenizer.Tokenize(MarkdownText.Words(new string('[', 100_000) + "end")));
    }

    [Theory]
    [InlineData("Read [the report](https://example.com/secretword \"tooltip\")more and [x](a)(b) or [y](<c d>) done.")]
    [InlineData("[ref]: https://example.com/hidden\n   [other]: /path \"title\"\n[^1]: kept footnote\nplain ]: text")]
    [InlineData("```\ncode stays\n```\n~~~~ lang\nmore\n~~~~\n    ``` not a fence at four spaces")]
    [InlineData("See https://example.org/urlword, <mailto:someone@example.org> and FTP://files.example/x).")]
    [InlineData("Tom &amp; Jerry &lt;b&gt; &#44032;&#45208; &nbsp;word https://a.b/&amp;c")]
    [InlineData("북한 주민들은 [외부 영상](https://example.kr/영상)을 몰래 본다. Ｆｕｌｌｗｉｄｔｈ ｔｅｘｔ")]
    public void Counting_the_prose_in_place_gives_the_terms_of_the_prose_as_text(string markdown)
    {
        var inPlace = new Dictionary<string, int>(StringComparer.Ordinal);
        MarkdownText.CountTerms(markdown, inPlace);
        var fromText = new Dictionary<string, int>(StringComparer.Ordinal);
        SearchTokenizer.Count(MarkdownText.Words(markdown), fromText);

        Assert.NotEmpty(inPlace);
        Assert.Equal(fromText.OrderBy(p => p.Key, StringComparer.Ordinal), inPlace.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void A_blanked_link_destination_still_separates_the_words_around_it()
    {
        Assert.Equal(["word", "link", "more", "next"], SearchTokenizer.Tokenize(MarkdownText.Words("word[link](https://example.com/hidden)more\n[next]: https://example.com/gone\nnext")));
    }
}
