using StaticSite.Content;
using StaticSite.Diagnostics;

namespace StaticSite.Tests.Content;

public class FrontMatterSplitterTests
{
    private static (SplitDocument? Split, IReadOnlyList<Diagnostic> Diagnostics) Split(string text)
    {
        var bag = new DiagnosticBag();
        return (FrontMatterSplitter.Split(text, "content/articles/a.md", bag), bag.Sorted());
    }

    [Fact]
    public void A_file_without_front_matter_is_an_error_at_the_start_of_the_file()
    {
        var (split, diagnostics) = Split("title: x\nBody.\n");

        Assert.Null(split);
        var error = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.StartsWith("content/articles/a.md:1:1: error: the file must start with front matter", error.ToString());
    }

    [Fact]
    public void Front_matter_that_is_never_closed_is_an_error()
    {
        var (split, diagnostics) = Split("---\ntitle: x\n\nBody without a closing line.\n");

        Assert.Null(split);
        Assert.Contains("never closed", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void The_front_matter_and_body_are_cut_at_the_closing_line_and_the_body_line_is_counted()
    {
        var (split, diagnostics) = Split("---\ntitle: x\ndate: 2021-06-09\n---\nFirst line.\n\nSecond.\n");

        Assert.Empty(diagnostics);
        Assert.NotNull(split);
        Assert.Equal("title: x\ndate: 2021-06-09\n", split.FrontMatter);
        Assert.Equal(2, split.FrontMatterLine);
        Assert.Equal("First line.\n\nSecond.\n", split.Body);
        Assert.Equal(5, split.BodyLine);
    }

    [Fact]
    public void A_byte_order_mark_before_the_opening_line_is_ignored()
    {
        var (split, diagnostics) = Split("\uFEFF---\ntitle: x\n---\nBody.\n");

        Assert.Empty(diagnostics);
        Assert.Equal("title: x\n", split!.FrontMatter);
        Assert.Equal("Body.\n", split.Body);
        Assert.Equal(4, split.BodyLine);
    }

    [Fact]
    public void Windows_line_endings_split_the_same_way_and_leave_no_carriage_returns()
    {
        var (split, diagnostics) = Split("---\r\ntitle: x\r\nslug: y\r\n---\r\nLine one.\r\nLine two.\r\n");

        Assert.Empty(diagnostics);
        Assert.Equal("title: x\nslug: y\n", split!.FrontMatter);
        Assert.Equal("Line one.\nLine two.\n", split.Body);
        Assert.Equal(5, split.BodyLine);
        Assert.DoesNotContain('\r', split.Body + split.FrontMatter);
    }

    [Fact]
    public void A_file_that_ends_at_the_closing_line_has_an_empty_body()
    {
        var (split, diagnostics) = Split("---\ntitle: x\n---");

        Assert.Empty(diagnostics);
        Assert.Equal("", split!.Body);
    }

    [Fact]
    public void A_dashed_line_inside_the_body_does_not_end_the_front_matter_twice()
    {
        var (split, _) = Split("---\ntitle: x\n---\nAbove.\n\n---\n\nBelow.\n");

        Assert.Equal("title: x\n", split!.FrontMatter);
        Assert.Equal("Above.\n\n---\n\nBelow.\n", split.Body);
    }
}
