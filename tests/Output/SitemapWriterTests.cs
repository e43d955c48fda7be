using System.Xml.Linq;
using StaticSite.Feeds;

namespace StaticSite.Tests.Output;

public class SitemapWriterTests
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static List<SitemapEntry> Entries(int count) =>
        Enumerable.Range(1, count).Select(i => new SitemapEntry($"https://example.org/reports/p{i}/", $"2021-06-{i:00}", [])).ToList();

    private static string Absolute(string sitePath) => "https://example.org/reports" + sitePath;

    [Fact]
    public void A_site_that_fits_in_one_sitemap_gets_a_single_sitemap_xml()
    {
        var files = SitemapWriter.Files(Entries(3), Absolute, maxUrlsPerFile: 3);

        var (path, text) = Assert.Single(files);
        Assert.Equal("/sitemap.xml", path);
        Assert.Equal(["https://example.org/reports/p1/", "https://example.org/reports/p2/", "https://example.org/reports/p3/"],
            XDocument.Parse(text).Root!.Elements(Ns + "url").Select(u => u.Element(Ns + "loc")!.Value));
    }

    [Fact]
    public void A_site_with_more_pages_than_one_sitemap_may_list_gets_numbered_parts_and_an_index_at_sitemap_xml()
    {
        var files = SitemapWriter.Files(Entries(5), Absolute, maxUrlsPerFile: 2);

        Assert.Equal(["/sitemap-1.xml", "/sitemap-2.xml", "/sitemap-3.xml", "/sitemap.xml"], files.Select(f => f.SitePath));
        var parts = files.Take(3).Select(f => XDocument.Parse(f.Text).Root!.Elements(Ns + "url").Select(u => u.Element(Ns + "loc")!.Value).ToList()).ToList();
        Assert.Equal([2, 2, 1], parts.Select(p => p.Count));
        Assert.Equal(Entries(5).Select(e => e.Url), parts.SelectMany(p => p));
        var index = XDocument.Parse(files[^1].Text).Root!;
        Assert.Equal(Ns + "sitemapindex", index.Name);
        Assert.Equal(
            [("https://example.org/reports/sitemap-1.xml", "2021-06-02"), ("https://example.org/reports/sitemap-2.xml", "2021-06-04"), ("https://example.org/reports/sitemap-3.xml", "2021-06-05")],
            index.Elements(Ns + "sitemap").Select(s => (s.Element(Ns + "loc")!.Value, s.Element(Ns + "lastmod")!.Value)));
    }

    [Fact]
    public void The_protocol_limit_is_fifty_thousand_urls_per_file()
    {
        Assert.Single(SitemapWriter.Files(Entries(1).Concat(Enumerable.Repeat(Entries(1)[0], 49_999)).ToList(), Absolute));
        Assert.Equal(3, SitemapWriter.Files(Entries(1).Concat(Enumerable.Repeat(Entries(1)[0], 50_000)).ToList(), Absolute).Count);
    }
}
