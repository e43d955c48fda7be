using StaticSite.Tests.Support;

namespace StaticSite.Tests.Browser;

/// <summary>Finds what the browser checks need (Debian's Chromium, Java, the npm checkers) and says what is missing; <see cref="MissingTool"/> then skips the check with that reason, or fails it when <c>STATICSITE_REQUIRE_BROWSER=1</c> says the tools must be there.</summary>
public static class BrowserEnvironment
{
    private static readonly Lock ReportLock = new();

    /// <summary>Debian's Chromium; the checks never download a browser.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Flags for a quiet headless Chromium in a container.</summary>
    public static IReadOnlyList<string> ChromiumArgs { get; } =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    /// <summary>The folder <c>npm ci</c> fills from tests/Browser/package.json.</summary>
    public static string NodeModules { get; } = Repo.PathOf("tests", "Browser", "node_modules");

    /// <summary>axe-core's browser build.</summary>
    public static string AxeScript { get; } = Path.Combine(NodeModules, "axe-core", "axe.min.js");

    /// <summary>The Nu Html Checker.</summary>
    public static string VnuJar { get; } = Path.Combine(NodeModules, "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>The java program on PATH (or under JAVA_HOME), or null.</summary>
    public static string? Java { get; } = FindJava();

    /// <summary>How to get the npm checkers (axe-core, vnu-jar) into tests/Browser/node_modules.</summary>
    private const string NpmCi = "install it with: (cd tests/Browser && npm ci --ignore-scripts)";

    /// <summary>Why the browser checks cannot run here, or null when Chromium and axe-core are present.</summary>
    public static string? BrowserMissing =>
        !File.Exists(ChromiumPath) ? $"Chromium ({ChromiumPath}) is missing: install it with: apt-get install -y chromium"
        : !File.Exists(AxeScript) ? $"axe-core ({Path.GetRelativePath(Repo.Root, AxeScript)}) is missing: {NpmCi}"
        : null;

    /// <summary>Why the Nu Html Checker cannot run here, or null when Java and vnu.jar are present.</summary>
    public static string? CheckerMissing =>
        Java is null ? "Java (java on PATH or under JAVA_HOME) is missing: install it with: apt-get install -y default-jre-headless"
        : !File.Exists(VnuJar) ? $"the Nu Html Checker ({Path.GetRelativePath(Repo.Root, VnuJar)}) is missing: {NpmCi}"
        : null;

    /// <summary>Prints a figure to the test output and the console, and appends it to the file named by <c>STATICSITE_BROWSER_REPORT</c> when set (CI prints that file after the tests).</summary>
    public static void Report(ITestOutputHelper output, string line)
    {
        output.WriteLine(line);
        Console.WriteLine(line);
        if (Environment.GetEnvironmentVariable("STATICSITE_BROWSER_REPORT") is { Length: > 0 } file)
        {
            lock (ReportLock) File.AppendAllText(file, line + "\n");
        }
    }

    private static string? FindJava()
    {
        var home = Environment.GetEnvironmentVariable("JAVA_HOME");
        var folders = (home is null ? [] : new[] { Path.Combine(home, "bin") })
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        return folders.Select(folder => Path.Combine(folder, OperatingSystem.IsWindows() ? "java.exe" : "java")).FirstOrDefault(File.Exists);
    }
}
