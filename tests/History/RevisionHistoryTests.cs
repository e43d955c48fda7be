using System.Text;
using StaticSite.Cli;
using StaticSite.Content.Files;
using StaticSite.History;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.History;

public sealed class RevisionHistoryTests
{
    private static readonly BuildOptions Options = new() { Now = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero) };

    private static BuildResult Build(string content) =>
        new BuildPipeline().Build(new DiskFileTree(content, "content"), new DiskFileTree(Repo.PathOf("templates"), "templates"), Options,
            cancellation: TestContext.Current.CancellationToken);

    /// <summary>A repository whose article was added, corrected and edited in three commits.</summary>
    private static (GitRepository Repository, string[] Commits) ThreeCommits(string siteExtra = "")
    {
        var repository = GitRepository.Create();
        var files = TestSite.Basics();
        files["site.yml"] += siteExtra;
        files["articles/a.md"] = TestSite.Article("Alpha", "2021-06-09", body: "First version.");
        files["articles/b.md"] = TestSite.Article("Beta", "2021-06-01");
        repository.Write(files);
        var first = repository.Commit("Add Alpha and Beta", "2021-06-09T10:00:00+09:00");
        repository.Write(new Dictionary<string, string> { ["articles/a.md"] = TestSite.Article("Alpha", "2021-06-09", body: "Second version.",
            extra: "corrections:\n  - date: 2021-06-12\n    text: Fixed the province.\n") });
        var second = repository.Commit("Correct the province in <Alpha>", "2021-06-12T08:30:00+09:00");
        repository.Write(new Dictionary<string, string> { ["articles/a.md"] = TestSite.Article("Alpha", "2021-06-09", body: "Third version.",
            extra: "corrections:\n  - date: 2021-06-12\n    text: Fixed the province.\n") });
        var third = repository.Commit("Reword the second paragraph", "2021-07-01T18:00:00+02:00");
        return (repository, [first, second, third]);
    }

    [Fact]
    public void Three_commits_touching_an_article_show_as_three_dated_changes_newest_first_merged_with_its_corrections()
    {
        var (repository, commits) = ThreeCommits("repository: https://github.com/example/reports/\n");
        using var cleanup = repository;

        var result = Build(repository.Content);

        Assert.False(result.Failed, string.Join('\n', result.Diagnostics));
        var page = result.Text("articles/a/index.html");
        var history = page[page.IndexOf("<section class=\"corrections history\"", StringComparison.Ordinal)..page.IndexOf("</section>", page.IndexOf("history-heading", StringComparison.Ordinal), StringComparison.Ordinal)];
        string[] lines =
        [
            $"<li><time datetime=\"2021-07-01T18:00:00+02:00\">1 July 2021</time>: <a href=\"https://github.com/example/reports/commit/{commits[2]}\" rel=\"external\">Reword the second paragraph</a></li>",
            "<li id=\"correction-1\"><time datetime=\"2021-06-12\">12 June 2021</time>: <strong>Correction:</strong> Fixed the province.</li>",
            $"<li><time datetime=\"2021-06-12T08:30:00+09:00\">12 June 2021</time>: <a href=\"https://github.com/example/reports/commit/{commits[1]}\" rel=\"external\">Correct the province in &lt;Alpha&gt;</a></li>",
            $"<li><time datetime=\"2021-06-09T10:00:00+09:00\">9 June 2021</time>: <a href=\"https://github.com/example/reports/commit/{commits[0]}\" rel=\"external\">Add Alpha and Beta</a></li>",
        ];
        var at = 0;
        foreach (var line in lines)
        {
            var found = history.IndexOf(line, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"not found in order: {line}\n{history}");
            at = found + line.Length;
        }

        Assert.Contains("<span>Updated <time datetime=\"2021-07-01T18:00:00+02:00\">1 July 2021</time></span>", page);
        Assert.Contains("\"dateModified\":\"2021-07-01T18:00:00\\u002B02:00\"", page);
        Assert.Contains("<updated>2021-07-01T18:00:00+02:00</updated>", result.Text("feed.xml"));
        Assert.DoesNotContain("Updated <time", result.Text("articles/b/index.html"));
    }

    [Fact]
    public void Updated_written_by_hand_wins_over_the_history_and_history_false_turns_it_off()
    {
        var (repository, _) = ThreeCommits("history: false\n");
        using var cleanup = repository;

        var off = Build(repository.Content).Text("articles/a/index.html");

        Assert.DoesNotContain("history-heading", off);
        Assert.DoesNotContain("Updated <time", off);
        repository.Write(new Dictionary<string, string> { ["site.yml"] = TestSite.Basics()["site.yml"],
            ["articles/a.md"] = TestSite.Article("Alpha", "2021-06-09", extra: "updated: 2021-06-10\n") });
        repository.Commit("Set updated by hand", "2021-08-01T00:00:00+00:00");
        var page = Build(repository.Content).Text("articles/a/index.html");
        Assert.Contains("history-heading", page);
        Assert.Contains("Updated <time datetime=\"2021-06-10\">", page);
    }

    [Fact]
    public void A_minor_commit_is_listed_but_does_not_count_as_an_update()
    {
        var repository = GitRepository.Create();
        using var cleanup = repository;
        var files = TestSite.Basics();
        files["articles/a.md"] = TestSite.Article("Alpha", "2021-06-09");
        repository.Write(files);
        repository.Commit("Add Alpha", "2021-06-09T10:00:00+00:00");
        repository.Write(new Dictionary<string, string> { ["articles/a.md"] = TestSite.Article("Alpha", "2021-06-09", body: "Typo fixed.") });
        repository.Commit("[minor] Fix a typo", "2021-06-20T10:00:00+00:00");

        var page = Build(repository.Content).Text("articles/a/index.html");

        Assert.Contains("[minor] Fix a typo", page);
        Assert.DoesNotContain("Updated <time", page);
    }

    [Fact]
    public void In_a_shallow_clone_the_build_says_history_is_unavailable_and_uses_the_front_matter()
    {
        var (repository, _) = ThreeCommits();
        using var cleanup = repository;
        using var clone = new TempFolder();
        var target = Path.Combine(clone.Path, "shallow");
        repository.Git(null, "clone", "-q", "--depth", "1", "file://" + repository.Path, target);

        var result = Build(Path.Combine(target, "content"));

        Assert.Contains(result.Diagnostics, d => d.ToString().StartsWith("content/site.yml:1:1: warning: the revision history is unavailable: the repository is a shallow clone", StringComparison.Ordinal));
        var page = result.Text("articles/a/index.html");
        Assert.DoesNotContain("history-heading", page);
        Assert.DoesNotContain("Updated <time", page);
        Assert.Contains("corrections-heading", page);
    }

    [Fact]
    public void A_new_commit_of_an_already_built_edit_is_not_taken_for_nothing_changed_and_reaches_the_page()
    {
        var (repository, _) = ThreeCommits();
        using var cleanup = repository;
        var output = Path.Combine(repository.Path, "site");
        var options = Options with { ContentDir = repository.Content, TemplatesDir = Repo.PathOf("templates"), OutputDir = output };
        Assert.Equal(0, BuildCommand.Run(options, true, new StringWriter(), new StringWriter()));
        Assert.True(File.Exists(Path.Combine(repository.Path, ".site.cache", "history.bin")));
        File.AppendAllText(Path.Combine(repository.Content, "articles", "a.md"), "One more line.\n");
        Assert.Equal(0, BuildCommand.Run(options, true, new StringWriter(), new StringWriter()));
        Assert.Contains("Reword the second paragraph", File.ReadAllText(Path.Combine(output, "articles", "a", "index.html")));

        repository.Commit("Add one more line", "2021-08-01T00:00:00+00:00");
        var stdout = new StringWriter();
        Assert.Equal(0, BuildCommand.Run(options, false, stdout, new StringWriter()));

        Assert.DoesNotContain("nothing changed", stdout.ToString());
        Assert.Contains("Add one more line", File.ReadAllText(Path.Combine(output, "articles", "a", "index.html")));
    }

    [Fact]
    public void The_log_parser_follows_renames_and_forgets_an_earlier_file_deleted_at_the_same_path()
    {
        static string Commit(string hash, string date, string subject, params string[] changes) =>
            $"\u001e{hash}\u001f{date}\u001f{subject}\0\n" + string.Join('\0', changes) + "\0";
        var log = Commit("c4", "2021-04-01T00:00:00+00:00", "Re-add old", "A", "articles/old.md")
            + Commit("c3", "2021-03-01T00:00:00+00:00", "Rename", "R095", "articles/old.md", "articles/new.md")
            + Commit("c2", "2021-02-01T00:00:00+00:00", "Edit", "M", "articles/old.md")
            + Commit("c1", "2021-01-01T00:00:00+09:00", "Add", "A", "articles/old.md");

        var byPath = GitLogParser.Parse(log);

        Assert.Equal(["c3", "c2", "c1"], byPath["articles/new.md"].Select(r => r.Commit));
        Assert.Equal(["c4"], byPath["articles/old.md"].Select(r => r.Commit));
        Assert.Equal(new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.FromHours(9)), byPath["articles/new.md"][2].Date.Value);
    }

    [Fact]
    public void Outside_a_repository_there_is_no_history_and_no_message()
    {
        using var folder = new TempFolder();
        folder.Write("content", new Dictionary<string, string>(TestSite.Basics()) { ["articles/a.md"] = TestSite.Article("Alpha") });

        var result = Build(Path.Combine(folder.Path, "content"));

        Assert.Empty(result.Diagnostics);
        Assert.Null(ContentHistory.Head(new DiskFileTree(Path.Combine(folder.Path, "content"), "content")));
        Assert.DoesNotContain("history-heading", Encoding.UTF8.GetString(result.Output!.Get("articles/a/index.html")!.ReadBytes()));
    }
}
