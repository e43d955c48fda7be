using System.Diagnostics;

namespace StaticSite.Tests.Support;

/// <summary>The generator run as a real process (<c>dotnet staticsite.dll</c> from the test's own output folder), for tests that need two builds at once or a kill: what happens between processes cannot be shown in one.</summary>
internal sealed class GeneratorProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;

    private GeneratorProcess(Process process)
    {
        _process = process;
        _stdout = process.StandardOutput.ReadToEndAsync();
        _stderr = process.StandardError.ReadToEndAsync();
    }

    /// <summary>The process id.</summary>
    public int Id => _process.Id;

    /// <summary>Starts the generator with <paramref name="arguments"/> and extra environment variables.</summary>
    public static GeneratorProcess Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "staticsite.dll"), .. arguments])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment["CI"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        return new GeneratorProcess(Process.Start(start)!);
    }

    /// <summary>Runs the generator to its end.</summary>
    public static (int Exit, string Out, string Error) Run(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var process = Start(arguments, environment);
        return process.Wait();
    }

    /// <summary>Waits for the end (two minutes at most) and returns the exit code and what was printed.</summary>
    public (int Exit, string Out, string Error) Wait()
    {
        if (!_process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException("the generator did not finish within two minutes");
        }

        return (_process.ExitCode, _stdout.Result, _stderr.Result);
    }

    /// <summary>Kills the process at once (SIGKILL, as <c>kill -9</c>) and waits for it to be gone.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill();
        }
        catch (InvalidOperationException)
        {
        }

        _process.WaitForExit();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
    }
}
