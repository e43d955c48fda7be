using System.Text;
using StaticSite.Output;

namespace StaticSite.Tests.Output;

public sealed class StagedTextTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("staged-text-");

    public void Dispose() => _root.Delete(true);

    [Fact]
    public void A_large_text_written_through_staging_has_the_bytes_of_its_whole_utf8_encoding()
    {
        // Over the size written a chunk at a time, with Hangul, a supplementary character and a lone surrogate placed
        // across every possible chunk boundary, and line endings to normalize.
        var piece = "원문 text 𝄞 &lt;p&gt;\r\n" + '\ud800' + "x";
        var text = new StringBuilder();
        while (text.Length < 600 * 1024) text.Append(piece).Append('a', text.Length % 7);
        var expected = new UTF8Encoding(false).GetBytes(text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
        using var claim = OutputClaim.Take(Path.Combine(_root.FullName, "site-output"),
            new OutputClaim.Rules(true, true, () => false), _ => { });
        var staging = StagingArea.Create(claim);
        var set = new OutputSet(staging);

        set.AddText("feeds/large.xml", text.ToString());
        set.AddText("feeds/small.xml", piece);
        set.AddText("pages/large/index.html", text);
        staging.Flush();

        Assert.Equal(expected, File.ReadAllBytes(staging.FullPath("feeds/large.xml")));
        Assert.Equal(expected, File.ReadAllBytes(staging.FullPath("pages/large/index.html")));
        Assert.Equal(expected, set.Get("feeds/large.xml")!.ReadBytes());
        Assert.Equal(new UTF8Encoding(false).GetBytes(piece.Replace("\r\n", "\n", StringComparison.Ordinal)),
            File.ReadAllBytes(staging.FullPath("feeds/small.xml")));
        staging.Abort();
    }
}
