using StaticSite.Content;

namespace StaticSite.Tests.Content;

public class UrlRulesTests
{
    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JAVASCRIPT:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("javascript\u0000:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("DATA:image/png;base64,AAAA")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("VBScript:msgbox(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("//evil.example/")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("/articles/\u0001x/")]
    public void Script_data_and_odd_targets_are_not_allowed_in_a_body(string url) => Assert.False(UrlRules.IsAllowedInBody(url));

    [Theory]
    [InlineData("https://www.dailynk.com/english/")]
    [InlineData("http://example.org/a?b=c#d")]
    [InlineData("HTTPS://EXAMPLE.ORG/")]
    [InlineData("mailto:editor@example.org")]
    [InlineData("/articles/private-video-ban/")]
    [InlineData("#fn:1")]
    [InlineData("other-page/")]
    [InlineData("../x/?a=b:c")]
    public void Web_mail_site_and_fragment_targets_are_allowed_in_a_body(string url) => Assert.True(UrlRules.IsAllowedInBody(url));

    [Theory]
    [InlineData("https://www.dailynk.com/english/", true)]
    [InlineData("http://example.org", true)]
    [InlineData("ftp://example.org/", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("https://exa mple.org/", false)]
    [InlineData("https://example.org/a b", false)]
    [InlineData("/relative/", false)]
    [InlineData("mailto:a@example.org", false)]
    public void Only_absolute_http_addresses_are_absolute_http(string url, bool expected) => Assert.Equal(expected, UrlRules.IsAbsoluteHttp(url));

    [Theory]
    [InlineData("/media/a.png", true)]
    [InlineData("/", true)]
    [InlineData("//evil.example/a.png", false)]
    [InlineData("/media\\a.png", false)]
    [InlineData("/media/a b.png", false)]
    [InlineData("/media/\ta.png", false)]
    [InlineData("media/a.png", false)]
    [InlineData("https://example.org/", false)]
    public void Site_relative_paths_start_with_one_slash_and_have_no_spaces_or_backslashes(string url, bool expected) =>
        Assert.Equal(expected, UrlRules.IsSiteRelative(url));
}
