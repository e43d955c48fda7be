using StaticSite.Diagnostics;

namespace StaticSite.Tests.Validation;

public class SuggestionsTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("censorship", "censorship", 0)]
    [InlineData("censorsip", "censorship", 1)]
    [InlineData("kitten", "sitting", 3)]
    public void Distance_is_the_levenshtein_edit_distance(string a, string b, int expected)
    {
        Assert.Equal(expected, Suggestions.Distance(a, b));
        Assert.Equal(expected, Suggestions.Distance(b, a));
    }

    [Fact]
    public void A_near_miss_names_the_closest_key()
    {
        Assert.Equal(" (did you mean 'censorship'?)", Suggestions.DidYouMean("censorsip", ["technology", "censorship", "economy"]));
    }

    [Fact]
    public void Case_differences_still_find_the_key()
    {
        Assert.Equal(" (did you mean 'daily-nk'?)", Suggestions.DidYouMean("Daily-NK", ["daily-nk", "rfa"]));
    }

    [Fact]
    public void Nothing_is_suggested_when_no_key_is_close()
    {
        Assert.Equal("", Suggestions.DidYouMean("weather", ["censorship", "technology"]));
        Assert.Equal("", Suggestions.DidYouMean("x", []));
    }

    [Fact]
    public void Ties_are_broken_the_same_way_every_time()
    {
        Assert.Equal(" (did you mean 'aab'?)", Suggestions.DidYouMean("aaa", ["aac", "aab"]));
    }
}
