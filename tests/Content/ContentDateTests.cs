using StaticSite.Content;

namespace StaticSite.Tests.Content;

public class ContentDateTests
{
    [Fact]
    public void A_plain_date_keeps_no_time_and_prints_as_written()
    {
        Assert.True(ContentDate.TryParse("2021-06-09", out var date));

        Assert.False(date.HasTime);
        Assert.Equal("2021-06-09", date.IsoDate);
        Assert.Equal("2021-06-09", date.Machine);
        Assert.Equal("2021-06-09T00:00:00+00:00", date.Rfc3339);
        Assert.Equal("9 June 2021", date.Display);
    }

    [Theory]
    [InlineData("2021-06-09T08:30:00+09:00", "2021-06-09T08:30:00+09:00")]
    [InlineData("2021-06-09T08:30:00Z", "2021-06-09T08:30:00+00:00")]
    [InlineData("2021-06-09T08:30+09:00", "2021-06-09T08:30:00+09:00")]
    [InlineData("2021-06-09 08:30:00-05:00", "2021-06-09T08:30:00-05:00")]
    [InlineData("2021-06-09T08:30:00.250+09:00", "2021-06-09T08:30:00+09:00")]
    public void A_timestamp_with_an_offset_keeps_its_offset(string text, string rfc3339)
    {
        Assert.True(ContentDate.TryParse(text, out var date));

        Assert.True(date.HasTime);
        Assert.Equal(rfc3339, date.Rfc3339);
        Assert.Equal(rfc3339, date.Machine);
    }

    [Theory]
    [InlineData("2021-6-9")]
    [InlineData("09/06/2021")]
    [InlineData("June 9, 2021")]
    [InlineData("2021-02-30")]
    [InlineData("2021-06-09T08:30:00")]
    [InlineData("20210609")]
    [InlineData("")]
    [InlineData("yesterday")]
    public void Anything_but_an_iso_date_or_timestamp_with_offset_is_refused(string text)
    {
        Assert.False(ContentDate.TryParse(text, out _));
    }

    [Fact]
    public void Dates_compare_by_instant()
    {
        ContentDate.TryParse("2021-06-09T08:30:00+09:00", out var seoulMorning);
        ContentDate.TryParse("2021-06-09", out var midnightUtc);

        Assert.True(seoulMorning.CompareTo(midnightUtc) < 0);
    }
}
