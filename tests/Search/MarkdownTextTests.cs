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
}
