using System.Text;
using StaticSite.Output;

namespace StaticSite.Tests.Output;

public class LinkTargetTests
{
    [Fact]
    public void Href_values_are_found_before_src_values_each_in_page_order()
    {
        var html = "<img src=\"/a.png\"><a href=\"/x/\">x</a><a href=\"https://example.org\">e</a><img src=\"/b.png\"><a href=\"/y/\">y</a>";

        Assert.Equal(["/x/", "https://example.org", "/y/", "/a.png", "/b.png"], HtmlLinks.Of(html));
    }

    [Fact]
    public void An_unclosed_attribute_value_ends_the_scan_for_that_attribute_only()
    {
        var html = "<img src=\"/a.png\"><a href=\"/x/\">x</a><a href=\"/never-closed";

        Assert.Equal(["/x/", "/a.png"], HtmlLinks.Of(html));
    }

    [Fact]
    public void A_page_added_from_a_builder_is_written_and_linked_exactly_as_the_same_text_would_be()
    {
        var text = "<a href=\"/b/\">b</a>\r\n<p>한국어 — text</p>\n<img src=\"/m.png\">";
        var fromString = new OutputSet();
        var fromBuilder = new OutputSet();
        var builder = new StringBuilder();
        foreach (var part in text.Chunk(7)) builder.Append(part);

        fromString.AddText("a/index.html", text);
        fromBuilder.AddText("a/index.html", builder);

        Assert.Equal(fromString.Get("a/index.html")!.ReadBytes(), fromBuilder.Get("a/index.html")!.ReadBytes());
        Assert.Equal(Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n")), fromBuilder.Get("a/index.html")!.ReadBytes());
        Assert.Equal(fromString.LinkTargets.OrderBy(p => p.Key), fromBuilder.LinkTargets.OrderBy(p => p.Key));
        Assert.Equal(["/b/", "/m.png"], fromBuilder.LinkTargets.Keys.Order());
    }
}
