using System.Diagnostics;
using System.Runtime.InteropServices;

namespace StaticSite.Rendering;

/// <summary>The clock template time is measured with: the processor time of the calling thread (Linux's
/// <c>CLOCK_THREAD_CPUTIME_ID</c>), so a busy build machine, where a thread waits for a core, never makes a normal page
/// look slow; elsewhere the monotonic wall clock. Nanoseconds, only ever subtracted from each other.</summary>
internal static partial class TemplateClock
{
    private const int ThreadProcessorTime = 3;
    private static readonly bool Processor = OperatingSystem.IsLinux() && Probe();

    /// <summary>Nanoseconds on this thread's clock.</summary>
    public static long Now()
    {
        if (Processor && ClockGetTime(ThreadProcessorTime, out var time) == 0)
        {
            return time.Seconds * 1_000_000_000 + time.Nanoseconds;
        }

        return (long)(Stopwatch.GetTimestamp() * (1_000_000_000.0 / Stopwatch.Frequency));
    }

    private static bool Probe()
    {
        try
        {
            return ClockGetTime(ThreadProcessorTime, out _) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
