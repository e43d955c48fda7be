using System.Diagnostics;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.History;

/// <summary>A real git repository in a temporary folder whose commits have fixed dates, so tests of the revision
/// history see the same history every run.</summary>
internal sealed class GitRepository : IDisposable
{
    private readonly TempFolder _folder = new();

    /// <summary>The repository's folder.</summary>
    public string Path => _folder.Path;

    /// <summary>The content folder inside it.</summary>
    public string Content => System.IO.Path.Combine(Path, "content");

    /// <summary>A new repository; the test is skipped when git is not installed.</summary>
    public static GitRepository Create()
    {
        var repository = new GitRepository();
        if (repository.Run(null, ["init", "-q", "-b", "main"], out _) is not 0)
        {
            repository.Dispose();
            MissingTool.Skip("git is not installed (apt-get install git)");
        }

        return repository;
    }

    /// <summary>Writes files under <c>content/</c>.</summary>
    public void Write(IReadOnlyDictionary<string, string> files) => _folder.Write("content", files);

    /// <summary>Commits everything with the given committer and author date (ISO 8601 with offset).</summary>
    public string Commit(string subject, string date)
    {
        Git(date, "add", "-A");
        Git(date, "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "--allow-empty", "-m", subject);
        return Git(date, "rev-parse", "HEAD").Trim();
    }

    /// <summary>Runs git in the repository and returns its output; fails the test when git fails.</summary>
    public string Git(string? date, params string[] arguments)
    {
        var exit = Run(date, arguments, out var output);
        Assert.True(exit == 0, $"git {string.Join(' ', arguments)} failed: {output}");
        return output;
    }

    private int? Run(string? date, string[] arguments, out string output)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        if (date is not null)
        {
            start.Environment["GIT_AUTHOR_DATE"] = date;
            start.Environment["GIT_COMMITTER_DATE"] = date;
        }

        try
        {
            using var process = Process.Start(start)!;
            output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            output = "";
            return null;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _folder.Dispose();
}
