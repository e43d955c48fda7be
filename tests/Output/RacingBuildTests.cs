using StaticSite.Cli;
using StaticSite.Output;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Output;

/// <summary>Two builds as real processes into one folder (a CI job and a person, two terminals): one waits for the other, both succeed, and the folder holds exactly what a clean build publishes; with <c>--no-wait</c> the second fails at once with its own exit code.</summary>
public sealed class RacingBuildTests : IDisposable
{
    private readonly DiskSite _site = new DiskSite().Write(DiskSite.Files(15));

    public void Dispose() => _site.Dispose();

    private Dictionary<string, string> Revision() => new()
    {
        ["articles/a007.md"] = TestSite.Article("Report 007, revised", date: "2021-08-08"),
        ["articles/new.md"] = TestSite.Article("A new report", date: "2021-09-09", topics: "[technology]"),
    };

    [Theory]
    [InlineData(0)]
    [InlineData(700)]
    [InlineData(1500)]
    public async Task Two_builds_started_apart_into_one_folder_both_succeed_and_publish_what_a_clean_build_does(int apartMs)
    {
        _site.Write(Revision());
        var expected = _site.CleanBuild();

        using var first = GeneratorProcess.Start(_site.Arguments());
        await Task.Delay(apartMs, TestContext.Current.CancellationToken);
        using var second = GeneratorProcess.Start(_site.Arguments());
        var (firstExit, _, firstError) = first.Wait();
        var (secondExit, secondOut, secondError) = second.Wait();

        Assert.True(firstExit == 0, firstError);
        Assert.True(secondExit == 0, secondError);
        Assert.True(secondError.Contains("waiting for ", StringComparison.Ordinal)
            || secondOut.Contains("nothing changed since the last build", StringComparison.Ordinal)
            || firstError.Contains("waiting for ", StringComparison.Ordinal),
            $"neither build waited for the other:\n{firstError}\n{secondOut}{secondError}");
        Assert.True(DiskSite.Same(expected, DiskSite.Snapshot(_site.Output)), "the result differs from a clean build");
        Assert.Empty(_site.Leftovers());
    }

    [Fact]
    public void With_no_wait_a_second_process_fails_at_once_with_exit_75_naming_the_build_it_met()
    {
        using var holder = OutputLock.Take(_site.Output, wait: false, _ => { }, out _)!;

        var (exit, _, stderr) = GeneratorProcess.Run(_site.Arguments("--no-wait"));

        Assert.Equal(ExitCodes.Busy, exit);
        Assert.Contains($"error: another build is writing to {_site.Output}/ (process {Environment.ProcessId})", stderr);
    }
}
