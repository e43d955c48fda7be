using System.Diagnostics;

namespace StaticSite.Output;

/// <summary>Hooks that only tests set, through environment variables read once: <c>STATICSITE_TEST_KILL_AT</c> names
/// a publishing checkpoint at which the process kills itself (SIGKILL, exactly as <c>kill -9</c>), so a test can stop a
/// real build between any two steps of publishing; <c>STATICSITE_TEST_NO_EXCHANGE=1</c> makes publishing use the
/// two-rename fallback instead of the atomic exchange.</summary>
internal static class TestHooks
{
    private static readonly string? KillAt = Environment.GetEnvironmentVariable("STATICSITE_TEST_KILL_AT");

    /// <summary>Whether the atomic folder exchange may be used.</summary>
    public static bool ExchangeAllowed { get; } =
        Environment.GetEnvironmentVariable("STATICSITE_TEST_NO_EXCHANGE") != "1";

    /// <summary>The checkpoints of publishing, in order, as <c>STATICSITE_TEST_KILL_AT</c> names them.</summary>
    public static readonly string[] Checkpoints =
        ["cache-saved", "cache-forgotten", "staged", "retired", "swapped", "cache-kept", "cleaned"];

    /// <summary>Kills this process when a test asked for it at <paramref name="checkpoint"/>.</summary>
    public static void Reached(string checkpoint)
    {
        if (KillAt != checkpoint) return;
        using var self = Process.GetCurrentProcess();
        self.Kill();
        Thread.Sleep(Timeout.Infinite);
    }
}
