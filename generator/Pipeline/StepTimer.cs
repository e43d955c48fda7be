using System.Diagnostics;

namespace StaticSite.Pipeline;

/// <summary>Runs the steps of one build, timing each in the order they run and telling <see cref="BuildProgress"/>
/// which step is running.</summary>
internal sealed class StepTimer(BuildProgress? progress = null)
{
    private readonly List<StepTiming> _results = [];

    /// <summary>Where progress goes, if anywhere.</summary>
    public BuildProgress? Progress => progress;

    /// <summary>The steps timed so far.</summary>
    public IReadOnlyList<StepTiming> Results => _results;

    /// <summary>Runs <paramref name="step"/> and records its duration under <paramref name="name"/>; <paramref
    /// name="total"/> is how many items it will count on the progress line (0 when unknown).</summary>
    public T Run<T>(string name, Func<T> step, int total = 0)
    {
        progress?.Begin(name, total);
        var clock = Stopwatch.StartNew();
        var processor = ProcessorTime();
        var allocated = GC.GetTotalAllocatedBytes();
        var result = step();
        _results.Add(new StepTiming(name, clock.Elapsed, ProcessorTime() - processor,
            GC.GetTotalAllocatedBytes() - allocated));
        return result;
    }

    /// <summary>Runs an action step and records its duration.</summary>
    public void Run(string name, Action step, int total = 0) => Run(name, () =>
    {
        step();
        return 0;
    }, total);

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
