using System.Net;
using System.Text.Json;
using StaticSite.Archiving;
using StaticSite.Cli;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Cli;

public sealed class ArchiveOriginalsCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Answers like the Wayback Machine's save endpoint (or fails on request), recording what was asked; no
    /// request ever leaves the process.</summary>
    private sealed class FakeArchive(bool fail = false) : HttpMessageHandler
    {
        public List<Uri> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request.RequestUri!);
            if (fail) return Task.FromResult(new HttpResponseMessage(HttpStatusCode.TooManyRequests) { ReasonPhrase = "Too Many Requests" });
            var original = request.RequestUri!.AbsoluteUri["https://archive.test/save/".Length..];
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("saved") };
            response.Content.Headers.ContentLocation = new Uri("/web/20260102030405/" + original, UriKind.Relative);
            return Task.FromResult(response);
        }
    }

    private string Content()
    {
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("A", "2021-06-09");
        files["articles/b.md"] = TestSite.Article("B", "2021-06-10").Replace("https://www.dailynk.com/example", "https://www.dailynk.com/b")
            .Replace("topics:", "  archived:\n    url: https://archive.ph/AbC12\n    date: 2021-06-11\ntopics:");
        files["articles/c.md"] = TestSite.Article("C", "2021-06-11", extra: "embargo: 2099-01-01T00:00:00+00:00\n")
            .Replace("https://www.dailynk.com/example", "https://www.dailynk.com/c");
        _folder.Write("content", files);
        return Path.Combine(_folder.Path, "content");
    }

    private static (int Exit, string Out, string Error) Run(ArchiveOriginalsCommand.Request request, FakeArchive archive)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var submitter = new WaybackSubmitter(archive, new Uri("https://archive.test/save/"), TimeSpan.Zero);
        var exit = ArchiveOriginalsCommand.RunAsync(request, stdout, stderr, submitter, TestContext.Current.CancellationToken).GetAwaiter().GetResult();
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Without_submit_it_lists_the_originals_lacking_a_snapshot_and_asks_nothing_of_the_network()
    {
        var archive = new FakeArchive();
        var content = Content();

        var (exit, stdout, stderr) = Run(new ArchiveOriginalsCommand.Request(content, false, false, 10), archive);

        Assert.Equal(0, exit);
        Assert.Empty(archive.Requests);
        var lines = stdout.Trim().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.EndsWith("content/articles/a.md:7:8: https://www.dailynk.com/example (original of 2021-06-09)", lines[0]);
        Assert.EndsWith("content/articles/c.md:7:8: https://www.dailynk.com/c (original of 2021-06-11)", lines[1]);
        Assert.Contains("2 originals without an archived copy", stderr);
    }

    [Fact]
    public void The_json_list_names_file_line_column_address_and_date()
    {
        var (exit, stdout, _) = Run(new ArchiveOriginalsCommand.Request(Content(), true, false, 10), new FakeArchive());

        Assert.Equal(0, exit);
        var items = JsonDocument.Parse(stdout).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.EndsWith("articles/a.md", items[0].GetProperty("file").GetString());
        Assert.Equal(7, items[0].GetProperty("line").GetInt32());
        Assert.Equal("https://www.dailynk.com/example", items[0].GetProperty("url").GetString());
        Assert.Equal("2021-06-09", items[0].GetProperty("published").GetString());
    }

    [Fact]
    public void Submit_asks_the_archive_for_each_original_up_to_the_limit_and_prints_the_lines_to_add()
    {
        var archive = new FakeArchive();

        var (exit, stdout, stderr) = Run(new ArchiveOriginalsCommand.Request(Content(), false, true, 1), archive);

        Assert.Equal(0, exit);
        Assert.Equal([new Uri("https://archive.test/save/https://www.dailynk.com/example")], archive.Requests);
        Assert.Contains("  archived:\n    url: https://archive.test/web/20260102030405/https://www.dailynk.com/example\n    date: 2026-01-02", stdout);
        Assert.Contains("1 snapshot taken, 0 failed, 1 left for a later run", stderr);
    }

    [Fact]
    public void A_refused_submission_is_reported_and_fails_the_run()
    {
        var (exit, _, stderr) = Run(new ArchiveOriginalsCommand.Request(Content(), false, true, 10), new FakeArchive(fail: true));

        Assert.Equal(1, exit);
        Assert.Contains("error: https://www.dailynk.com/example: the archive answered 429 Too Many Requests", stderr);
    }
}
