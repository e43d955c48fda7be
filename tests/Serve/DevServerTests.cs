using System.Net;
using StaticSite.Content;
using StaticSite.Pipeline;
using StaticSite.Serve;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Serve;

public sealed class DevServerTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(10) };
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();
    private DevServer? _server;

    private string Content => Path.Combine(_folder.Path, "content");

    public async ValueTask InitializeAsync()
    {
        var files = TestSite.Basics();
        files["articles/ban.md"] = TestSite.Article("Video ban", body: "First version.");
        _folder.Write("content", files);
        var options = new BuildOptions { ContentDir = Content, TemplatesDir = Repo.PathOf("templates") };
        _server = await DevServer.StartAsync(options, IPAddress.Loopback, 0, TimeSpan.FromMilliseconds(20), TextWriter.Synchronized(_stdout), TextWriter.Synchronized(_stderr));
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        _http.Dispose();
        _folder.Dispose();
    }

    private Uri Url(string path) => new(_server!.Address, path);

    private async Task<string> PollUntil(string path, string expected)
    {
        var text = "";
        for (var attempt = 0; attempt < 200; attempt++)
        {
            text = await _http.GetStringAsync(Url(path));
            if (text.Contains(expected, StringComparison.Ordinal)) return text;
            await Task.Delay(50);
        }

        return text;
    }

    [Fact]
    public async Task Serve_answers_on_loopback_under_the_base_path_with_the_reload_script()
    {
        Assert.Equal("127.0.0.1", _server!.Address.Host);
        Assert.Equal("/reports/", _server.Address.AbsolutePath);

        var page = await _http.GetStringAsync(Url("articles/ban/"), TestContext.Current.CancellationToken);

        Assert.Contains("<h1 class=\"article-title\">Video ban</h1>", page);
        Assert.Contains("<script src=\"/__staticsite/reload.js\" defer></script></body>", page);
        var script = await _http.GetAsync(new Uri(_server.Address, "/__staticsite/reload.js"), TestContext.Current.CancellationToken);
        Assert.Equal("text/javascript; charset=utf-8", script.Content.Headers.ContentType!.ToString());
        Assert.Contains("EventSource", await script.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers_of_the_sites_headers_file()
    {
        foreach (var url in (Uri[])[Url("articles/ban/"), Url("articles/nowhere/"), new Uri(_server!.Address, "/__staticsite/reload.js")])
        {
            using var response = await _http.GetAsync(url, TestContext.Current.CancellationToken);

            foreach (var (name, value) in StaticSite.Output.SecurityHeaders.PageHeaders)
            {
                Assert.True(response.Headers.TryGetValues(name, out var values), $"{url} has no {name}");
                Assert.Equal(value, Assert.Single(values));
            }
        }
    }

    [Fact]
    public async Task A_method_other_than_get_or_head_gets_405_with_the_allowed_methods()
    {
        using var response = await _http.PostAsync(Url("articles/ban/"), new StringContent("x"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("evil.example", HttpStatusCode.MisdirectedRequest)]
    [InlineData("127.0.0.1.nip.io", HttpStatusCode.MisdirectedRequest)]
    [InlineData("192.168.1.20", HttpStatusCode.MisdirectedRequest)]
    [InlineData("localhost", HttpStatusCode.OK)]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    public async Task Only_the_address_the_server_listens_on_and_localhost_are_accepted_as_host(string host, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Url("articles/ban/"));
        request.Headers.Host = $"{host}:{_server!.Address.Port}";

        using var response = await _http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
        if (expected != HttpStatusCode.OK) Assert.DoesNotContain("Video ban", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_host_with_another_port_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Url("articles/ban/"));
        request.Headers.Host = $"localhost:{_server!.Address.Port + 1}";

        using var response = await _http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_root_redirects_to_the_base_path_and_a_missing_page_gets_the_404_page()
    {
        var root = await _http.GetAsync(new Uri(_server!.Address, "/"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/reports/", root.Headers.Location!.OriginalString);

        var noSlash = await _http.GetAsync(new Uri(_server.Address, "/reports/articles/ban"), TestContext.Current.CancellationToken);
        Assert.Equal("/reports/articles/ban/", noSlash.Headers.Location!.OriginalString);

        var missing = await _http.GetAsync(Url("articles/nowhere/"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Editing_an_article_title_shows_on_its_page_without_a_restart()
    {
        var file = Path.Combine(Content, "articles", "ban.md");
        await File.WriteAllTextAsync(file, TestSite.Article("Video ban, edited", body: "First version."), TestContext.Current.CancellationToken);

        var page = await PollUntil("articles/ban/", "Video ban, edited");

        Assert.Contains("<h1 class=\"article-title\">Video ban, edited</h1>", page);
        Assert.True(await OutputShows("rebuilt"), _stdout.ToString());
    }

    private async Task<bool> OutputShows(string text)
    {
        for (var attempt = 0; attempt < 200 && !_stdout.ToString().Contains(text, StringComparison.Ordinal); attempt++) await Task.Delay(50);
        return _stdout.ToString().Contains(text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edited_article_page_is_previewed_first_and_the_lists_follow_with_the_full_rebuild()
    {
        var file = Path.Combine(Content, "articles", "ban.md");
        await File.WriteAllTextAsync(file, TestSite.Article("Video ban, previewed", body: "First version."), TestContext.Current.CancellationToken);

        await PollUntil("articles/ban/", "Video ban, previewed");
        var home = await PollUntil("", "Video ban, previewed");

        Assert.Contains("Video ban, previewed", home);
        Assert.Contains("previewed /articles/ban/index.html in ", _stdout.ToString());
    }

    [Fact]
    public async Task A_build_error_keeps_the_last_good_page_and_is_sent_to_open_pages()
    {
        using var events = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var stream = await events.GetStreamAsync(new Uri(_server!.Address, "/__staticsite/events"), TestContext.Current.CancellationToken);
        using var reader = new StreamReader(stream);
        Assert.Equal("event: hello", await reader.ReadLineAsync(TestContext.Current.CancellationToken));

        var file = Path.Combine(Content, "articles", "ban.md");
        await File.WriteAllTextAsync(file, TestSite.Article("Broken", date: "2021-13-45"), TestContext.Current.CancellationToken);

        var failed = await ReadUntil(reader, "event: failed");
        Assert.Contains("\"line\": 3", failed);
        Assert.Contains("ban.md", failed);
        Assert.Contains("<h1 class=\"article-title\">Video ban</h1>", await _http.GetStringAsync(Url("articles/ban/"), TestContext.Current.CancellationToken));
        Assert.Contains("ban.md:3:7: error:", _stderr.ToString());

        await File.WriteAllTextAsync(file, TestSite.Article("Fixed"), TestContext.Current.CancellationToken);
        await ReadUntil(reader, "event: reload");
        Assert.Contains("<h1 class=\"article-title\">Fixed</h1>", await _http.GetStringAsync(Url("articles/ban/"), TestContext.Current.CancellationToken));
    }

    private static async Task<string> ReadUntil(StreamReader reader, string eventLine)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var line = await reader.ReadLineAsync(timeout.Token);
            Assert.NotNull(line);
            if (line != eventLine) continue;
            return await reader.ReadLineAsync(timeout.Token) ?? "";
        }
    }
}
