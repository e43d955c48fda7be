using StaticSite.Cli;
using StaticSite.Output;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Output;

/// <summary>A build as a real process, killed (SIGKILL, as <c>kill -9</c>) at every step of publishing (through the <c>STATICSITE_TEST_KILL_AT</c> hook) and at random moments: the output folder then holds the whole old site or the whole new one (only the two-rename fallback has a documented moment without it), and the next build publishes exactly what a clean build would, with nothing left beside the folder.</summary>
public sealed class KilledBuildTests : IDisposable
{
    private readonly DiskSite _site = new DiskSite().Write(DiskSite.Files(15));

    public void Dispose() => _site.Dispose();

    private Dictionary<string, string> Revision() => new()
    {
        ["articles/a007.md"] = TestSite.Article("Report 007, revised", date: "2021-08-08"),
        ["articles/new.md"] = TestSite.Article("A new report", date: "2021-09-09", topics: "[technology]"),
    };

    /// <summary>Builds the first version in-process, then writes the second; returns the snapshots of both, as published by clean builds.</summary>
    private (SortedDictionary<string, byte[]> Old, SortedDictionary<string, byte[]> New) TwoVersions()
    {
        Assert.Equal(0, _site.Build().Exit);
        var old = DiskSite.Snapshot(_site.Output);
        _site.Write(Revision());
        return (old, _site.CleanBuild());
    }

    private void AssertWholeSite(SortedDictionary<string, byte[]> old, SortedDictionary<string, byte[]> @new, string when)
    {
        Assert.True(Directory.Exists(_site.Output), $"no output folder {when}");
        var now = DiskSite.Snapshot(_site.Output);
        Assert.True(DiskSite.Same(old, now) || DiskSite.Same(@new, now), $"the output is neither the whole old site nor the whole new one {when}");
    }

    private void AssertNextBuildPublishes(SortedDictionary<string, byte[]> expected)
    {
        var (exit, _, stderr) = _site.Build();
        Assert.True(exit == ExitCodes.Success, stderr);
        Assert.True(DiskSite.Same(expected, DiskSite.Snapshot(_site.Output)), "the build after the kill differs from a clean build");
        Assert.Empty(_site.Leftovers());
    }

    public static TheoryData<string, bool> Checkpoints()
    {
        var data = new TheoryData<string, bool>();
        foreach (var checkpoint in TestHooks.Checkpoints.Where(c => c != "retired")) data.Add(checkpoint, true);
        foreach (var checkpoint in (string[])["staged", "retired", "swapped"]) data.Add(checkpoint, false);
        return data;
    }

    [Theory]
    [MemberData(nameof(Checkpoints))]
    public void A_build_killed_at_any_step_of_publishing_leaves_a_whole_site_and_the_next_build_repairs_everything(string checkpoint, bool exchange)
    {
        var (old, @new) = TwoVersions();
        var environment = new Dictionary<string, string> { ["STATICSITE_TEST_KILL_AT"] = checkpoint };
        if (!exchange) environment["STATICSITE_TEST_NO_EXCHANGE"] = "1";

        var (exit, _, stderr) = GeneratorProcess.Run(_site.Arguments(), environment);

        Assert.True(exit == 137, $"the build was not killed at {checkpoint} (exit {exit}): {stderr}");
        if (checkpoint == "retired")
        {
            Assert.False(Directory.Exists(_site.Output), "the two-rename fallback's window: between the renames the folder is aside");
        }
        else
        {
            AssertWholeSite(old, @new, $"after a kill at {checkpoint}");
        }

        AssertNextBuildPublishes(@new);
    }

    [Theory]
    [InlineData(300)]
    [InlineData(900)]
    [InlineData(1500)]
    [InlineData(2500)]
    public async Task A_build_killed_at_a_random_moment_leaves_the_whole_old_or_new_site(int afterMs)
    {
        var (old, @new) = TwoVersions();

        using var build = GeneratorProcess.Start(_site.Arguments("--clean"));
        await Task.Delay(afterMs, TestContext.Current.CancellationToken);
        build.Kill();

        AssertWholeSite(old, @new, $"after a kill {afterMs} ms into the build");
        AssertNextBuildPublishes(@new);
    }
}
