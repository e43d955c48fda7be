using StaticSite.Cli;
using StaticSite.Content.Files;
using StaticSite.Diagnostics;
using StaticSite.Import;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Import;

public sealed class ImportTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Archive => Path.Combine(_folder.Path, "archive");

    private string Content => Path.Combine(_folder.Path, "content");

    private (IReadOnlyList<string> Report, string Printed) Import(ArchiveKind kind, ImportOptions? options = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(_folder.Path);
        try
        {
            Assert.Equal(0, ImportCommand.Run(kind, "archive", "content", options ?? new ImportOptions("daily-nk", "Yongmin Lee"), DiagnosticFormat.Text, stdout, stderr));
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }

        return (stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), stderr.ToString());
    }

    private IReadOnlyList<string> Check() =>
        CheckCommand.Check(DiskFileTree.Open(Content), new DiskFileTree(Repo.PathOf("templates"), "templates"), new BuildOptions())
            .Select(d => d.ToString().Replace(Content, "content", StringComparison.Ordinal)).ToList();

    private void Seed()
    {
        var basics = TestSite.Basics();
        basics.Remove("topics.yml");
        basics["topics.yml"] = "censorship:\n  title: Censorship\n  description: Bans and crackdowns.\n";
        _folder.Write("content", basics);
    }

    /// <summary>Writes small real photographs (the build publishes only images it can decode).</summary>
    private void WritePhotos(params string[] paths)
    {
        foreach (var path in paths)
        {
            var file = Path.Combine(_folder.Path, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file,
                path.EndsWith(".png", StringComparison.Ordinal) ? TestPhotos.Png(64, 48) : TestPhotos.Jpeg(64, 48, gps: false));
        }
    }

    [Fact]
    public void A_jekyll_folder_imports_into_articles_that_check_accepts_or_whose_problems_are_listed()
    {
        Seed();
        _folder.Write("archive", new Dictionary<string, string>
        {
            ["_posts/2021-06-09-rice-prices.md"] =
                "---\nlayout: post\ntitle: \"Rice prices rise\"\ndate: 2021-06-09 10:00:00 +0900\nauthor: Kim Jin\ntags: [markets, censorship]\n" +
                "description: Prices rose again.\nimage:\n  path: /assets/img/rice.jpg\n  alt: A rice stall\ncomments: true\n---\n" +
                "Prices rose.\n\n{% include image.html url=\"/assets/img/rice.jpg\" description=\"A rice stall\" %}\n\n" +
                "See [the earlier report]({% post_url 2021-06-01-earlier %}) and ![chart]({{ site.baseurl }}/assets/img/chart.png).\n\n" +
                "{% gallery %}\n\n{% highlight text %}\ncode\n{% endhighlight %}\n",
            ["_posts/2021-06-01-earlier.markdown"] = "---\ntitle: Earlier\ncategories: markets\n---\nEarlier text.\n",
        });
        WritePhotos("archive/assets/img/rice.jpg", "archive/assets/img/chart.png");

        var (report, printed) = Import(ArchiveKind.Jekyll);

        Assert.Equal([
            "archive/_posts/2021-06-09-rice-prices.md:11:1: warning: 'comments' has no place in this site's front matter and was left out",
            "archive/_posts/2021-06-09-rice-prices.md:19:1: warning: not converted: {% gallery %} (rewrite it in Markdown)",
        ], report);
        Assert.Contains("import: 2 articles written, 0 skipped, 2 media files copied, 1 new topic;", printed);
        var text = File.ReadAllText(Path.Combine(Content, "articles", "2021", "rice-prices.md"));
        Assert.StartsWith("---\ntitle: \"Rice prices rise\"\ndate: 2021-06-09T10:00:00+09:00\nsummary: \"Prices rose again.\"\nauthor: [\"Kim Jin\"]\n" +
            "translators: [\"Yongmin Lee\"]\nsource:\n  publication: \"daily-nk\"\ntopics: [markets, censorship]\nimage:\n  src: \"/media/assets/img/rice.jpg\"\n  alt: \"A rice stall\"\n---\n", text);
        Assert.Contains("![A rice stall](/media/assets/img/rice.jpg)", text);
        Assert.Contains("[the earlier report](/articles/earlier/)", text);
        Assert.Contains("![chart](/media/assets/img/chart.png)", text);
        Assert.Contains("```text\ncode\n```", text);
        Assert.Contains("markets:\n  title: \"markets\"", File.ReadAllText(Path.Combine(Content, "topics.yml")));

        Assert.Equal([
            "content/articles/2021/rice-prices.md:10:1: warning: the image has no 'credit'",
        ], Check().Where(d => !d.Contains("source.url", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_hugo_folder_with_toml_front_matter_shortcodes_and_a_page_bundle_is_imported()
    {
        Seed();
        _folder.Write("archive", new Dictionary<string, string>
        {
            ["content/posts/border/index.md"] =
                "+++\ntitle = \"Border trade\"\ndate = 2021-06-09T08:00:00Z\ntags = [\"trade\"]\nsummary = \"Trade resumed.\"\ndraft = false\nweight = 3\n+++\n" +
                "Trade resumed.\n\n{{< figure src=\"map.png\" alt=\"A map\" caption=\"The border crossing\" >}}\n\n{{< youtube abc123 >}} and {{< ref \"other.md\" >}}\n\n{{< tweet 12345 >}}\n",
            ["content/posts/other.md"] = "---\ntitle: Other\ndate: 2021-06-01\ntags: [trade]\n---\nOther.\n",
        });
        WritePhotos("archive/content/posts/border/map.png");

        var (report, _) = Import(ArchiveKind.Hugo);

        Assert.Equal([
            "archive/content/posts/border/index.md:7:1: warning: 'weight' has no place in this site's front matter and was left out",
            "archive/content/posts/border/index.md:15:1: warning: not converted: {{< tweet 12345 >}} (rewrite it in Markdown)",
        ], report);
        var text = File.ReadAllText(Path.Combine(Content, "articles", "2021", "border.md"));
        Assert.Contains("date: 2021-06-09T08:00:00Z\n", text);
        Assert.Contains("^^^\n![A map](/media/border/map.png)\n^^^ The border crossing", text);
        Assert.Contains("[YouTube video](https://www.youtube.com/watch?v=abc123) and /articles/other/", text);
        Assert.True(File.Exists(Path.Combine(Content, "media", "border", "map.png")));
        Assert.DoesNotContain(Check(), d => d.Contains(": error: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Existing_articles_are_never_overwritten()
    {
        Seed();
        _folder.Write("content", new Dictionary<string, string> { ["articles/2021/earlier.md"] = "mine\n" });
        _folder.Write("archive", new Dictionary<string, string> { ["_posts/2021-06-01-earlier.md"] = "---\ntitle: Earlier\n---\nText.\n" });

        var (report, _) = Import(ArchiveKind.Jekyll);

        Assert.Equal(["archive/_posts/2021-06-01-earlier.md:1:1: warning: content/articles/2021/earlier.md already exists; this post was not imported (nothing is overwritten)"], report);
        Assert.Equal("mine\n", File.ReadAllText(Path.Combine(Content, "articles", "2021", "earlier.md")));
    }
}
