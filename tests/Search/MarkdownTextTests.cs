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

    [Fact]
    public void The_prose_reads_as_plain_text_one_line_per_block()
    {
        var text = MarkdownText.Words("""
            ## A *heading*

            Some **bold** and `code`, a [link](/articles/x/) and<sup>3</sup> a note.[^1]
            Second line | cell

            - item one
            1. item two

            > quoted &amp; kept

            [^1]: The note.
            """);

        Assert.Equal("A heading\nSome bold and code, a link and3 a note. Second line cell\nitem one\nitem two\nquoted & kept\nThe note.", text);
    }

    [Fact]
    public void Html_tags_and_their_attributes_leave_no_words()
    {
        Assert.Equal(["figure", "3rd", "kpa", "list"], SearchTokenizer.Tokenize(MarkdownText.Words("The figure was 3<sup>rd</sup> in the <abbr title=\"hidden words\">KPA</abbr> list.<br><!-- gone -->")));
    }

    [Fact]
    public void A_blanked_link_destination_still_separates_the_words_around_it()
    {
        Assert.Equal(["word", "link", "more", "next"], SearchTokenizer.Tokenize(MarkdownText.Words("word[link](https://example.com/hidden)more\n[next]: https://example.com/gone\nnext")));
    }
}
