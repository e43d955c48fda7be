using System.Text;
using AngleSharp.Html.Parser;
using SkiaSharp;
using StaticSite.Media;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Media;

public class PhotographTests
{
    private static readonly BuildOptions Options = new() { Now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) };

    private static Dictionary<string, string> SiteWith(string imageBlock, string body = "Body text.")
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("Phones checked at the border", body: body, extra: imageBlock);
        return files;
    }

    private const string Lead = "image:\n  src: /media/phone.jpg\n  alt: A market street\n  credit: Daily NK\n";

    [Fact]
    public void A_phone_photo_with_GPS_is_published_as_variants_no_wider_than_the_original_and_never_as_itself()
    {
        var result = TestSite.Build(SiteWith(Lead), new Dictionary<string, byte[]> { ["media/phone.jpg"] = TestPhotos.Jpeg(4000, 3000) }, Options);

        Assert.Empty(result.Errors());
        var media = result.Paths().Where(p => p.StartsWith("media/", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain("media/phone.jpg", media);
        Assert.Equal(["media/_cards/site.png", "media/_v/phone-jpg-1200x1200.jpg", "media/_v/phone-jpg-1200x675.jpg", "media/_v/phone-jpg-1200x900.jpg",
            "media/_v/phone-jpg-1600.jpg", "media/_v/phone-jpg-1600.webp", "media/_v/phone-jpg-480.jpg", "media/_v/phone-jpg-480.webp",
            "media/_v/phone-jpg-960.jpg", "media/_v/phone-jpg-960.webp"], media.Order(StringComparer.Ordinal));
        foreach (var path in media.Where(p => p.Contains("/_v/", StringComparison.Ordinal)))
        {
            var bytes = result.Output!.Get(path)!.ReadBytes();
            Assert.Empty(MetadataProbe.IdentifyingDirectories(bytes));
            Assert.False(MetadataProbe.HasGps(bytes), path);
            using var codec = SKCodec.Create(SKData.CreateCopy(bytes));
            Assert.True(codec.Info.Width <= 1600, path);
        }
    }

    [Fact]
    public void No_published_file_of_a_site_with_GPS_photos_carries_EXIF_XMP_IPTC_or_GPS()
    {
        var files = SiteWith(Lead, body: "![A side street](/media/side.jpg)");
        var result = TestSite.Build(files, new Dictionary<string, byte[]>
        {
            ["media/phone.jpg"] = TestPhotos.Jpeg(1000, 700, orientation: 6),
            ["media/side.jpg"] = TestPhotos.Jpeg(700, 500, seed: 3),
        }, Options);

        Assert.Empty(result.Errors());
        var images = result.Output!.Files.Where(f => f.Path.EndsWith(".jpg", StringComparison.Ordinal)
            || f.Path.EndsWith(".webp", StringComparison.Ordinal) || f.Path.EndsWith(".png", StringComparison.Ordinal)).ToList();
        Assert.True(images.Count >= 10);
        foreach (var file in images)
        {
            var bytes = file.ReadBytes();
            Assert.True(MetadataProbe.IdentifyingDirectories(bytes).Count == 0, file.Path + ": " + string.Join(", ", MetadataProbe.IdentifyingDirectories(bytes)));
            Assert.DoesNotContain("TestPhone", Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_sideways_phone_photo_is_published_upright()
    {
        var result = TestSite.Build(SiteWith(Lead), new Dictionary<string, byte[]> { ["media/phone.jpg"] = TestPhotos.Jpeg(1200, 800, orientation: 6) }, Options);

        var html = result.Text("articles/a/index.html");
        Assert.Contains("width=\"800\" height=\"1200\"", html, StringComparison.Ordinal);
        using var codec = SKCodec.Create(SKData.CreateCopy(result.Output!.Get("media/_v/phone-jpg-480.jpg")!.ReadBytes()));
        Assert.Equal((480, 720), (codec.Info.Width, codec.Info.Height));
        Assert.Equal(SKEncodedOrigin.TopLeft, codec.EncodedOrigin);
    }

    [Fact]
    public void The_lead_photo_is_a_picture_with_webp_and_jpeg_widths_and_its_size_and_a_body_photo_loads_lazily()
    {
        var files = SiteWith(Lead, body: "Text.\n\n![A side street](/media/phone.jpg \"The street\")");
        var result = TestSite.Build(files, new Dictionary<string, byte[]> { ["media/phone.jpg"] = TestPhotos.Jpeg(2000, 1000) }, Options);
        var document = new HtmlParser().ParseDocument(result.Text("articles/a/index.html"));

        var lead = document.QuerySelector("figure.lead-image picture")!;
        Assert.Equal("/reports/media/_v/phone-jpg-480.webp 480w, /reports/media/_v/phone-jpg-960.webp 960w, /reports/media/_v/phone-jpg-1600.webp 1600w",
            lead.QuerySelector("source[type='image/webp']")!.GetAttribute("srcset"));
        var img = lead.QuerySelector("img")!;
        Assert.Equal("/reports/media/_v/phone-jpg-1600.jpg", img.GetAttribute("src"));
        Assert.Equal(("1600", "800"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal("async", img.GetAttribute("decoding"));
        Assert.Null(img.GetAttribute("loading"));
        var body = document.QuerySelector(".article-body picture img")!;
        Assert.Equal("", body.ParentElement!.ParentElement!.TextContent.Trim());
        Assert.Equal(("lazy", "async", "A side street", "The street"),
            (body.GetAttribute("loading"), body.GetAttribute("decoding"), body.GetAttribute("alt"), body.GetAttribute("title")));
    }

    [Fact]
    public void A_raw_html_img_of_a_photograph_shows_its_widest_published_file_and_never_the_original()
    {
        var files = SiteWith("", body: "A stall: <img src=\"/media/phone.jpg\" alt=\"A stall\"> at the market.");
        var result = TestSite.Build(files, new Dictionary<string, byte[]> { ["media/phone.jpg"] = TestPhotos.Jpeg(2000, 1000) }, Options);

        Assert.Empty(result.Errors());
        var img = new HtmlParser().ParseDocument(result.Text("articles/a/index.html")).QuerySelector(".article-body img")!;
        Assert.Equal(("/reports/media/_v/phone-jpg-1600.jpg", "A stall"), (img.GetAttribute("src"), img.GetAttribute("alt")));
    }

    [Theory]
    [InlineData("truncated", "is truncated: the file ends before the image does")]
    [InlineData("png-named-jpg", "is a PNG file, not the JPEG its name says")]
    [InlineData("not-an-image", "cannot be read as an image")]
    [InlineData("bomb", "is 40000 × 40000 pixels; an image may have at most 50 megapixels")]
    public void A_bad_photo_is_an_error_at_the_image_line_and_at_its_file(string kind, string message)
    {
        var bytes = kind switch
        {
            "truncated" => TestPhotos.Jpeg(800, 600)[..5000],
            "png-named-jpg" => TestPhotos.Png(80, 60),
            "not-an-image" => Encoding.UTF8.GetBytes("<html>not a photo</html>"),
            _ => PngHeader(40_000, 40_000),
        };
        var name = kind == "bomb" ? "phone.png" : "phone.jpg";
        var errors = TestSite.Build(SiteWith(Lead.Replace("phone.jpg", name, StringComparison.Ordinal)),
            new Dictionary<string, byte[]> { ["media/" + name] = bytes }, Options).Errors();

        Assert.True(errors.Any(e => e.StartsWith($"content/articles/a.md:10:8: error: image '/media/{name}' " + message, StringComparison.Ordinal)), string.Join('\n', errors));
        Assert.Contains(errors, e => e.StartsWith($"content/media/{name}:1:1: error: this image cannot be published", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_photo_in_a_body_and_a_body_image_without_alt_are_errors_at_their_lines()
    {
        var files = SiteWith("", body: "First.\n\n![Broken](/media/broken.jpg)\n\n![](/media/good.jpg)");
        var errors = TestSite.Check(files, new Dictionary<string, byte[]>
        {
            ["media/broken.jpg"] = TestPhotos.Jpeg(300, 200)[..900],
            ["media/good.jpg"] = TestPhotos.Jpeg(300, 200),
        }, Options);

        Assert.Contains(errors, e => e.StartsWith("content/articles/a.md:12:1: error: image '/media/broken.jpg' is truncated", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("content/articles/a.md:14:1: error: the image has no alt text", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_warns_at_the_image_line_when_the_source_file_carries_GPS_and_build_does_not()
    {
        var files = SiteWith(Lead);
        var diagnostics = TestSite.Check(files, new Dictionary<string, byte[]> { ["media/phone.jpg"] = TestPhotos.Jpeg(600, 400) }, Options);
        var clean = TestSite.Check(files, new Dictionary<string, byte[]> { ["media/phone.jpg"] = TestPhotos.Jpeg(600, 400, gps: false) }, Options);
        var built = TestSite.Build(files, new Dictionary<string, byte[]> { ["media/phone.jpg"] = TestPhotos.Jpeg(600, 400) }, Options);

        Assert.Contains(diagnostics, d => d.StartsWith("content/articles/a.md:10:8: warning: image '/media/phone.jpg' carries GPS coordinates", StringComparison.Ordinal));
        Assert.DoesNotContain(clean, d => d.Contains("GPS", StringComparison.Ordinal));
        Assert.DoesNotContain(built.Diagnostics, d => d.Message.Contains("GPS", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rebuild_gives_byte_identical_variants_and_cards()
    {
        var files = SiteWith(Lead);
        var media = new Dictionary<string, byte[]> { ["media/phone.jpg"] = TestPhotos.Jpeg(1700, 1100) };
        var first = TestSite.Build(files, media, Options).Output!.Files.ToDictionary(f => f.Path, f => f.ReadBytes());
        var second = TestSite.Build(files, media, Options).Output!.Files.ToDictionary(f => f.Path, f => f.ReadBytes());

        Assert.Equal(first.Keys, second.Keys);
        foreach (var (path, bytes) in first) Assert.True(bytes.AsSpan().SequenceEqual(second[path]), path);
    }

    /// <summary>The first bytes of a PNG that claims <paramref name="width"/> × <paramref name="height"/> pixels (a
    /// "decompression bomb"), with an empty image data chunk and an end.</summary>
    private static byte[] PngHeader(int width, int height)
    {
        var bytes = TestPhotos.Png(2, 2);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(16), width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(20), height);
        var crc = Crc32(bytes.AsSpan(12, 17));
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(29), crc);
        return bytes;
    }

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }

        return ~crc;
    }
}
