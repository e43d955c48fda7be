using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace StaticSite.History;

/// <summary>Runs the <c>git</c> program in a folder and returns what it printed; git itself is used (rather than a
/// library) because it is on every machine that has a repository, reads every repository format, and is needed only
/// twice per build.</summary>
internal static class GitRunner
{
    /// <summary>The standard output of <c>git <paramref name="arguments"/></c> run in <paramref name="folder"/>, or
    /// null when git is not installed or fails (for example outside a repository).</summary>
    public static string? Run(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        try
        {
            using var process = Process.Start(start);
            if (process is null) return null;
            process.StandardInput.Close();
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = errors.Result;
            return process.ExitCode == 0 ? output : null;
        }
        catch (Win32Exception)
        {
            return null;
        }
    }
}
