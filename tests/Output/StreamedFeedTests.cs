using System.Text;
using System.Xml;
using StaticSite.Content;
using StaticSite.Feeds;
using StaticSite.Indexing;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Output;

/// <summary>The feeds are written as streams, an entry at a time, Atom and JSON Feed in one pass: the bytes are those
/// the documents had when each was made whole as a string, wherever they are written, and the bodies pass through
/// once without the whole document being held.</summary>
public class StreamedFeedTests
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Text with every kind of line break (CR LF, a lone CR, LF, NEL, LINE SEPARATOR), markup characters,
    /// Hangul, a supplementary character and a control character XML cannot hold.</summary>
    private const string Awkward = "one\r\ntwo\rthree\nfour\u0085five\u2028six <b>&amp;</b> \"q\" '원문' 𝄞";

    private static (SiteIndex Index, FeedDocument Feed) AwkwardFeed()
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("A", date: "2021-06-09", extra: "author: Kim Yoo Jin\n");
        files["articles/b.md"] = TestSite.Article("B", date: "2021-06-10");
        var index = TestSite.Index(files);
        var articles = index.Articles.Select(a => a with
        {
            Title = "Title " + Awkward, Summary = "Summary " + Awkward, Authors = [.. a.Authors, "Pen\r\nname"],
        }).ToList();
        return (index, new FeedDocument("archive/2021/06/feed.xml", "Feed " + Awkward, UrlMap.Home(), articles)
        {
            IsArchive = true, PrevArchive = "archive/2021/05/feed.xml",
        });
    }

    private static string? AwkwardBody(Article article) => article.Slug == "b" ? null
        : "<p>Body\r\nline\rline \u0001 " + Awkward + "</p>\n<a href=\"https://example.org/x?a=1&amp;b=2\">x</a>";

    /// <summary>The Atom document as it was made before the feeds were streamed: written through a StringWriter,
    /// ended with a line break, and its CR LF pairs turned into LF when added to the output.</summary>
    private static byte[] AtomAsString(SiteIndex index, FeedDocument feed, Func<Article, string?> content)
    {
        var builder = new StringBuilder();
        using (var writer = new Utf8StringWriter(builder))
        using (var xml = XmlWriter.Create(writer, AtomFeedWriter.Settings()))
        {
            AtomFeedWriter.Start(xml, index, feed);
            foreach (var article in feed.Articles) AtomFeedWriter.Entry(xml, index, article, content(article));
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return Utf8.GetBytes(builder.Append('\n').ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void A_streamed_atom_feed_has_the_bytes_of_the_string_built_one_whatever_line_breaks_its_text_holds()
    {
        var (index, feed) = AwkwardFeed();
        using var atom = new MemoryStream();
        using var json = new MemoryStream();

        FeedStreamWriter.Write(index, feed, AwkwardBody, atom, json);

        var expected = AtomAsString(index, feed, AwkwardBody);
        Assert.Equal(Utf8.GetString(expected), Utf8.GetString(atom.ToArray()));
        Assert.Equal(expected, atom.ToArray());
        Assert.DoesNotContain((byte)'\r', atom.ToArray());
        Assert.Contains("Title one\ntwo\nthree\nfour", Utf8.GetString(expected), StringComparison.Ordinal);
        Assert.Equal(JsonFeedWriter.Write(index, feed, AwkwardBody), json.ToArray());
        Assert.Contains(@"one\r\ntwo\rthree\nfour", Utf8.GetString(json.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void The_feeds_of_a_staged_build_have_the_bytes_of_an_in_memory_build()
    {
        var files = DiskSite.Files(30);
        files["articles/a001.md"] = TestSite.Article("Line breaks", date: "2021-02-02",
            body: "First line\r\nsecond line, [a link](/topics/censorship/)\r\n\r\n> quoted\r\n\n"
                + "![photo](https://example.org/p.jpg)");
        using var site = new DiskSite().Write(files);

        var (exit, _, error) = site.Build();
        var memory = TestSite.Build(files, new BuildOptions { Now = site.Options().Now }).Output!;

        Assert.True(exit == 0, error);
        var onDisk = DiskSite.Snapshot(site.Output).Where(f => f.Key.Contains("feed", StringComparison.Ordinal)).ToList();
        Assert.Contains(onDisk, f => f.Key.StartsWith("archive/", StringComparison.Ordinal));
        Assert.Equal(onDisk.Select(f => f.Key), memory.Paths.Where(p => p.Contains("feed", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in onDisk) Assert.True(memory.Get(path)!.ReadBytes().AsSpan().SequenceEqual(bytes), path);
    }

    [Fact]
    public void Each_body_is_asked_for_once_for_both_documents_of_a_feed()
    {
        var (index, feed) = AwkwardFeed();
        var asked = new List<string>();

        FeedStreamWriter.Write(index, feed, a => { asked.Add(a.Slug); return AwkwardBody(a); }, Stream.Null, Stream.Null);

        Assert.Equal(feed.Articles.Select(a => a.Slug), asked);
    }

    [Fact]
    public void A_feed_of_large_bodies_is_written_whole_while_allocating_far_less_than_the_documents_weigh()
    {
        var (index, feed) = AwkwardFeed();
        var articles = Enumerable.Range(0, 40).Select(i => feed.Articles[0] with { Slug = $"a{i:00}" }).ToList();
        feed = feed with { Articles = articles };
        var paragraph = "<p>Sources said the <a href=\"https://example.org/\">ban</a> covers videos, 원문.</p>\n";
        var bodies = articles.ToDictionary(a => a.Slug, a => a.Slug + string.Concat(Enumerable.Repeat(paragraph, 3000)));
        using var atom = new MemoryStream();
        using var json = new MemoryStream();
        FeedStreamWriter.Write(index, feed, a => bodies[a.Slug], Stream.Null, Stream.Null);

        var before = GC.GetAllocatedBytesForCurrentThread();
        FeedStreamWriter.Write(index, feed, a => bodies[a.Slug], new CountingStream(), new CountingStream());
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        FeedStreamWriter.Write(index, feed, a => bodies[a.Slug], atom, json);

        Assert.Equal(AtomAsString(index, feed, a => bodies[a.Slug]), atom.ToArray());
        Assert.Equal(JsonFeedWriter.Write(index, feed, a => bodies[a.Slug]), json.ToArray());
        var written = atom.Length + json.Length;
        Assert.True(written > 40 * 3000 * paragraph.Length, $"{written} bytes written");
        Assert.True(allocated < written / 8, $"{allocated:N0} bytes allocated to write {written:N0}");
    }

    /// <summary>A stream that keeps nothing, so only the writers' own allocations are counted.</summary>
    private sealed class CountingStream : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => Position;
        public override long Position { get; set; }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Position += count;
        public override void Write(ReadOnlySpan<byte> buffer) => Position += buffer.Length;
    }
}
