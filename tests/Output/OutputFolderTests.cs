using StaticSite.Cli;
using StaticSite.Output;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Output;

/// <summary>The output folder is only ever replaced whole, only when it is ours, by one build at a time: the refusal of a folder that is not a site, the lock, the clean-up of what a dead build left, and the incremental publish that swaps in a whole new tree.</summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly DiskSite _site = new DiskSite().Write(DiskSite.Files());

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_folder_holding_your_file_and_a_git_folder_is_refused_with_exit_1_and_left_as_it_was()
    {
        Directory.CreateDirectory(Path.Combine(_site.Output, ".git"));
        File.WriteAllText(Path.Combine(_site.Output, ".git", "config"), "[core]\n");
        File.WriteAllText(Path.Combine(_site.Output, "thesis.md"), "# My thesis\n");

        var (exit, stdout, stderr) = _site.Build();

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Equal("", stdout);
        Assert.Equal($"error: {_site.Output}/ is not a site this generator built (it has no .staticsite.json); building would delete its 2 files (for example .git/, thesis.md). Choose another --output, or pass --force to replace it\n", stderr);
        Assert.Equal("# My thesis\n", File.ReadAllText(Path.Combine(_site.Output, "thesis.md")));
        Assert.Equal("[core]\n", File.ReadAllText(Path.Combine(_site.Output, ".git", "config")));
        Assert.Empty(_site.Leftovers());
    }

    [Fact]
    public void With_force_a_folder_that_is_not_a_site_is_taken_over()
    {
        Directory.CreateDirectory(_site.Output);
        File.WriteAllText(Path.Combine(_site.Output, "thesis.md"), "# My thesis\n");

        var (exit, _, stderr) = _site.Build(_site.Options() with { Force = true });

        Assert.True(exit == ExitCodes.Success, stderr);
        Assert.False(File.Exists(Path.Combine(_site.Output, "thesis.md")));
        Assert.True(OutputMarker.IsIn(_site.Output));
        Assert.Equal(0, _site.Build().Exit);
    }

    [Fact]
    public void A_file_at_the_output_path_is_refused_even_with_force()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_site.Output)!);
        File.WriteAllText(_site.Output, "notes");

        var (exit, _, stderr) = _site.Build(_site.Options() with { Force = true });

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains($"error: --output {_site.Output} is a file, not a folder", stderr);
        Assert.Equal("notes", File.ReadAllText(_site.Output));
    }

    [Fact]
    public void An_empty_folder_is_used_without_force()
    {
        Directory.CreateDirectory(_site.Output);

        Assert.Equal(ExitCodes.Success, _site.Build().Exit);
        Assert.True(File.Exists(Path.Combine(_site.Output, "index.html")));
    }

    [Fact]
    public void The_marker_lists_every_published_file_and_is_the_same_for_the_same_input()
    {
        Assert.Equal(0, _site.Build().Exit);

        var listed = OutputMarker.Read(_site.Output)!;
        var files = DiskSite.Snapshot(_site.Output).Keys.Where(p => p != OutputMarker.FileName).ToList();
        Assert.Equal(files, listed);
        Assert.True(DiskSite.Same(_site.CleanBuild(), DiskSite.Snapshot(_site.Output)));
    }

    [Fact]
    public void A_site_built_before_the_marker_existed_is_recognised_by_its_cache()
    {
        Assert.Equal(0, _site.Build().Exit);
        File.Delete(Path.Combine(_site.Output, OutputMarker.FileName));
        _site.Write(new Dictionary<string, string> { ["articles/a000.md"] = TestSite.Article("Report 000, revised", date: "2021-01-01") });

        var (exit, _, stderr) = _site.Build();

        Assert.True(exit == ExitCodes.Success, stderr);
        Assert.True(OutputMarker.IsIn(_site.Output));
    }

    [Fact]
    public void With_no_wait_a_build_fails_at_once_while_another_build_holds_the_folder()
    {
        using var other = OutputLock.Take(_site.Output, wait: false, _ => { }, out _)!;

        var (exit, stdout, stderr) = _site.Build(_site.Options() with { Wait = false });

        Assert.Equal(ExitCodes.Busy, exit);
        Assert.Equal("", stdout);
        Assert.Equal($"error: another build is writing to {_site.Output}/ (process {Environment.ProcessId}); run again when it has finished, or leave out --no-wait to wait for it\n", stderr);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public async Task A_second_build_waits_for_the_build_holding_the_folder_then_builds()
    {
        var other = OutputLock.Take(_site.Output, wait: false, _ => { }, out _)!;
        var stderr = new StringWriter();
        var build = Task.Run(() => BuildCommand.Run(_site.Options(), true, new StringWriter(), TextWriter.Synchronized(stderr)), TestContext.Current.CancellationToken);

        for (var i = 0; i < 400 && !stderr.ToString().Contains("waiting", StringComparison.Ordinal); i++) await Task.Delay(25, TestContext.Current.CancellationToken);
        Assert.False(build.IsCompleted);
        Assert.Equal($"waiting for the build in process {Environment.ProcessId} to finish writing {_site.Output}/ (--no-wait fails at once instead)\n", stderr.ToString());
        other.Dispose();

        Assert.Equal(ExitCodes.Success, await build);
        Assert.True(DiskSite.Same(_site.CleanBuild(), DiskSite.Snapshot(_site.Output)));
        Assert.Empty(_site.Leftovers());
    }

    [Fact]
    public void Staging_and_retired_folders_of_a_dead_build_are_removed_once_the_lock_is_free()
    {
        Assert.Equal(0, _site.Build().Exit);
        var parent = Path.GetDirectoryName(_site.Output)!;
        Directory.CreateDirectory(Path.Combine(parent, ".out.staging-dead0001", "articles"));
        Directory.CreateDirectory(Path.Combine(parent, ".out.old-dead0002"));
        File.WriteAllText(Path.Combine(parent, ".out.cache", "manifest.json.tmp"), "{");

        _site.Write(new Dictionary<string, string> { ["articles/a001.md"] = TestSite.Article("Report 001, revised", date: "2021-02-02") });
        Assert.Equal(0, _site.Build().Exit);

        Assert.Empty(_site.Leftovers());
    }

    [Fact]
    public void A_site_left_aside_by_a_build_that_died_between_the_two_renames_is_moved_back_before_anything_else()
    {
        Assert.Equal(0, _site.Build().Exit);
        var before = DiskSite.Snapshot(_site.Output);
        Directory.Move(_site.Output, Path.Combine(Path.GetDirectoryName(_site.Output)!, ".out.old-1a2b3c4d"));
        _site.Write(new Dictionary<string, string> { ["articles/broken.md"] = "no front matter\n" });

        var (exit, _, stderr) = _site.Build();

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("warning: the previous site was moved back from .out.old-1a2b3c4d", stderr);
        Assert.True(DiskSite.Same(before, DiskSite.Snapshot(_site.Output)));
        Assert.Empty(_site.Leftovers());
    }

    [Fact]
    public void An_incremental_build_links_the_unchanged_files_into_a_whole_new_tree_and_swaps_it_in()
    {
        Assert.Equal(0, _site.Build().Exit);
        var unchanged = Path.Combine(_site.Output, "articles", "a003", "index.html");
        var changed = Path.Combine(_site.Output, "articles", "a004", "index.html");
        var (unchangedInode, changedInode) = (DiskSite.Inode(unchanged), DiskSite.Inode(changed));
        var edited = DiskSite.Files()["articles/a004.md"].TrimEnd('\n') + "\n\nA second paragraph, added later.\n";
        _site.Write(new Dictionary<string, string> { ["articles/a004.md"] = edited });

        var (exit, stdout, _) = _site.Build();

        Assert.Equal(0, exit);
        Assert.Matches(@"built \d+ pages \([1-9]\d* unchanged", stdout);
        Assert.Equal(unchangedInode, DiskSite.Inode(unchanged));
        Assert.NotEqual(changedInode, DiskSite.Inode(changed));
        Assert.True(DiskSite.Same(_site.CleanBuild(), DiskSite.Snapshot(_site.Output)));
        Assert.Empty(_site.Leftovers());
    }

    [Fact]
    public void The_two_rename_fallback_publishes_the_same_site_and_leaves_nothing_beside_it()
    {
        var first = new OutputSet();
        first.AddText("index.html", "one");
        first.AddText("gone/index.html", "gone");
        var second = new OutputSet();
        second.AddText("index.html", "two");
        var publisher = new SitePublisher(exchange: false);

        foreach (var set in (OutputSet[])[first, second])
        {
            using var claim = OutputClaim.Take(_site.Output, new OutputClaim.Rules(true, false, () => false), _ => { });
            publisher.RemovePrevious(publisher.Publish(set, claim), claim);
        }

        Assert.Equal([".staticsite.json", "index.html"], DiskSite.Snapshot(_site.Output).Keys);
        Assert.Equal("two", File.ReadAllText(Path.Combine(_site.Output, "index.html")));
        Assert.Empty(_site.Leftovers());
    }
}
