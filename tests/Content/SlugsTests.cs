using StaticSite.Content;

namespace StaticSite.Tests.Content;

public class SlugsTests
{
    [Theory]
    [InlineData("private-video-ban")]
    [InlineData("a")]
    [InlineData("2021-report-9")]
    public void Lowercase_words_joined_by_single_hyphens_are_safe(string slug) => Assert.True(Slugs.IsSafe(slug));

    [Theory]
    [InlineData("")]
    [InlineData("Private-Video")]
    [InlineData("video ban")]
    [InlineData("-leading")]
    [InlineData("trailing-")]
    [InlineData("double--hyphen")]
    [InlineData("../etc")]
    [InlineData("a/b")]
    [InlineData("under_score")]
    [InlineData("비디오")]
    [InlineData("a.html")]
    public void Anything_else_is_not_safe(string slug) => Assert.False(Slugs.IsSafe(slug));

    [Fact]
    public void A_slug_longer_than_one_hundred_characters_is_not_safe()
    {
        Assert.True(Slugs.IsSafe(new string('a', 100)));
        Assert.False(Slugs.IsSafe(new string('a', 101)));
    }

    [Theory]
    [InlineData("Yongmin Lee", "yongmin-lee")]
    [InlineData("  Kim   Yoo-Jin ", "kim-yoo-jin")]
    [InlineData("O'Brien, Pat", "o-brien-pat")]
    [InlineData("김유진", "")]
    public void Names_become_ascii_slugs(string name, string slug) => Assert.Equal(slug, Slugs.FromName(name));

    [Fact]
    public void Accented_latin_letters_lose_their_accents()
    {
        Assert.Equal("jose-nunez", Slugs.FromName("José Núñez"));
    }

    [Fact]
    public void A_slug_made_from_a_very_long_name_is_cut_to_a_safe_length()
    {
        var slug = Slugs.FromName(string.Join(' ', Enumerable.Repeat("abcdefghi", 30)));

        Assert.True(Slugs.IsSafe(slug));
    }
}
