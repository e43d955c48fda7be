using StaticSite.Cli;
using StaticSite.Output;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Output;

/// <summary>A full disk, a read-only output or cache folder, a path too long: each is one line naming the path and the cause with exit code 74 (never 70, which means a bug), the output is left as it was, nothing is left beside it, and the next build after the cause is fixed succeeds without cleaning up by hand.</summary>
public sealed class FileSystemFailureTests : IDisposable
{
    private readonly DiskSite _site = new DiskSite().Write(DiskSite.Files());
    private readonly Mounts _mounts = new();

    public void Dispose()
    {
        _mounts.Dispose();
        _site.Dispose();
    }

    private void Edit(string title) =>
        _site.Write(new Dictionary<string, string> { ["articles/a002.md"] = TestSite.Article(title, date: "2021-03-03") });

    private static string OnlyErrorLine(string stderr)
    {
        var errors = stderr.Split('\n').Where(l => l.StartsWith("error:", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 1, stderr);
        Assert.DoesNotContain("internal error", stderr);
        return errors[0];
    }

    private void AssertFixedBuildSucceeds()
    {
        var (exit, _, stderr) = _site.Build();
        Assert.True(exit == ExitCodes.Success, stderr);
        Assert.True(DiskSite.Same(_site.CleanBuild(), DiskSite.Snapshot(_site.Output)));
        Assert.Empty(_site.Leftovers());
    }

    [Theory]
    [InlineData(64 * 1024)]
    [InlineData(0)]
    public void A_full_disk_is_one_line_with_exit_74_naming_the_file_and_the_next_build_after_space_is_freed_succeeds(long left)
    {
        Mounts.SkipUnlessAvailable();
        var disk = Path.Combine(_site.Root, "disk");
        _mounts.Tmpfs(disk, 4 * 1024 * 1024);
        _site.Output = Path.Combine(disk, "out");
        Assert.Equal(0, _site.Build().Exit);
        var before = DiskSite.Snapshot(_site.Output);
        var ballast = Path.Combine(disk, "ballast");
        File.WriteAllBytes(ballast, new byte[Math.Max(0, new DriveInfo(disk).AvailableFreeSpace - left)]);
        Edit("Report 002, revised");

        var (exit, stdout, stderr) = _site.Build(_site.Options() with { Clean = true });

        Assert.Equal(ExitCodes.FileSystem, exit);
        Assert.Equal("", stdout);
        var line = OnlyErrorLine(stderr);
        Assert.StartsWith($"error: no space left on the device: {disk}/", line);
        Assert.EndsWith($"; {_site.Output}/ was left as it was", line);
        Assert.True(DiskSite.Same(before, DiskSite.Snapshot(_site.Output)));
        Assert.Empty(_site.Leftovers());

        File.Delete(ballast);
        AssertFixedBuildSucceeds();
    }

    [Fact]
    public void A_read_only_output_folder_is_one_line_with_exit_74_and_the_next_build_after_it_is_writable_succeeds()
    {
        Mounts.SkipUnlessAvailable();
        Assert.Equal(0, _site.Build().Exit);
        var before = DiskSite.Snapshot(_site.Output);
        _mounts.ReadOnly(_site.Output);
        Edit("Report 002, revised");

        var (exit, _, stderr) = _site.Build();

        Assert.Equal(ExitCodes.FileSystem, exit);
        Assert.Equal($"error: the file system is read-only: {_site.Output}; {_site.Output}/ was left as it was", OnlyErrorLine(stderr));
        Assert.True(DiskSite.Same(before, DiskSite.Snapshot(_site.Output)));
        Assert.Empty(_site.Leftovers());

        _mounts.Writable(_site.Output);
        AssertFixedBuildSucceeds();
    }

    [Fact]
    public void A_read_only_cache_folder_is_one_line_with_exit_74_before_anything_is_published()
    {
        Mounts.SkipUnlessAvailable();
        Assert.Equal(0, _site.Build().Exit);
        var before = DiskSite.Snapshot(_site.Output);
        var cache = Path.Combine(_site.Root, ".out.cache");
        _mounts.ReadOnly(cache);
        Edit("Report 002, revised");

        var (exit, _, stderr) = _site.Build();

        Assert.Equal(ExitCodes.FileSystem, exit);
        var line = OnlyErrorLine(stderr);
        Assert.StartsWith($"error: the file system is read-only: {cache}/", line);
        Assert.EndsWith($"; {_site.Output}/ was left as it was", line);
        Assert.True(DiskSite.Same(before, DiskSite.Snapshot(_site.Output)));
        Assert.Empty(_site.Leftovers());

        _mounts.Writable(cache);
        AssertFixedBuildSucceeds();
    }

    [Fact]
    public void An_output_name_too_long_for_the_file_system_is_one_line_with_exit_74()
    {
        _site.Output = Path.Combine(_site.Root, new string('o', 300));

        var (exit, _, stderr) = _site.Build();

        Assert.Equal(ExitCodes.FileSystem, exit);
        Assert.StartsWith("error: the path is too long for the file system: ", OnlyErrorLine(stderr));
    }

    [Theory]
    [InlineData(28, "no space left on the device")]
    [InlineData(122, "no space left on the device")]
    [InlineData(30, "the file system is read-only")]
    [InlineData(13, "permission denied")]
    [InlineData(36, "the path is too long for the file system")]
    [InlineData(16, "the file or folder is in use (busy, or a mount point)")]
    [InlineData(26, "the file or folder is in use (busy, or a mount point)")]
    [InlineData(5, "an input/output error (the disk may be failing)")]
    public void Each_file_system_errno_is_told_in_the_operators_words_with_its_path(int errno, string cause)
    {
        var failure = FileSystemError.Find(new AggregateException(new IOException("Whatever the system says : '/srv/site/out/a.html'", errno)))!;

        Assert.Equal($"{cause}: /srv/site/out/a.html", FileSystemError.Describe(failure));
    }

    [Fact]
    public void Permission_and_path_exceptions_are_file_system_failures_and_other_exceptions_are_not()
    {
        Assert.Equal("permission denied: /srv/x", FileSystemError.Describe(FileSystemError.Find(new UnauthorizedAccessException("Access to the path '/srv/x' is denied."))!));
        Assert.Equal("the path is too long for the file system", FileSystemError.Describe(new PathTooLongException("too long")));
        Assert.Null(FileSystemError.Find(new InvalidOperationException("a bug")));
        Assert.Null(FileSystemError.Find(new AggregateException(new NullReferenceException())));
    }
}
