using StaticSite.Output;

namespace StaticSite.Tests.Output;

public sealed class StreamedFileTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("streamed-file-");

    public void Dispose() => _root.Delete(true);

    private static void Write(Stream stream)
    {
        for (var i = 0; i < 50_000; i++) stream.Write("원문 line\n"u8);
    }

    [Fact]
    public void A_file_written_as_a_stream_has_the_same_bytes_staged_on_disk_and_in_memory()
    {
        using var claim = OutputClaim.Take(Path.Combine(_root.FullName, "site-output"),
            new OutputClaim.Rules(true, true, () => false), _ => { });
        var staging = StagingArea.Create(claim);
        var staged = new OutputSet(staging);
        var memory = new OutputSet();
        using var expected = new MemoryStream();
        Write(expected);

        staged.AddStream("feeds/deep/large.xml", Write);
        memory.AddStream("feeds/deep/large.xml", Write);
        staging.Flush();

        Assert.Equal(expected.ToArray(), File.ReadAllBytes(staging.FullPath("feeds/deep/large.xml")));
        Assert.Equal(expected.ToArray(), staged.Get("feeds/deep/large.xml")!.ReadBytes());
        Assert.Equal(expected.ToArray(), memory.Get("feeds/deep/large.xml")!.ReadBytes());
        staging.Abort();
    }

    [Fact]
    public void A_streamed_file_keeps_the_output_rules_no_unsafe_path_and_no_path_twice()
    {
        using var claim = OutputClaim.Take(Path.Combine(_root.FullName, "site-output"),
            new OutputClaim.Rules(true, true, () => false), _ => { });
        var staging = StagingArea.Create(claim);
        foreach (var set in new[] { new OutputSet(staging), new OutputSet() })
        {
            set.AddStream("feed.json", Write);

            Assert.Throws<InvalidOperationException>(() => set.AddStream("feed.json", Write));
            Assert.Throws<InvalidOperationException>(() => set.AddStream("../outside.xml", Write));
            Assert.Throws<InvalidOperationException>(() => set.AddStream("/etc/outside.xml", Write));
        }

        Assert.False(File.Exists(Path.Combine(_root.FullName, "outside.xml")));
        staging.Abort();
    }
}
