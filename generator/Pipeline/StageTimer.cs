using System.Diagnostics;

namespace StaticSite.Pipeline;

/// <summary>Times the stages of one build in the order they run.</summary>
public sealed class StageTimer(BuildProgress? progress = null)
{
    private readonly List<StageTiming> _results = [];

    /// <summary>The stages timed so far.</summary>
    public IReadOnlyList<StageTiming> Results => _results;

    /// <summary>Runs <paramref name="stage"/> and records its duration under <paramref name="name"/>.</summary>
    public T Time<T>(string name, Func<T> stage)
    {
        progress?.Begin(name);
        var clock = Stopwatch.StartNew();
        var processor = ProcessorTime();
        var allocated = GC.GetTotalAllocatedBytes();
        var result = stage();
        _results.Add(new StageTiming(name, clock.Elapsed, ProcessorTime() - processor, GC.GetTotalAllocatedBytes() - allocated));
        return result;
    }

    /// <summary>The processor time the whole process has used so far, all threads together.</summary>
    public static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>Runs an action stage and records its duration.</summary>
    public void Time(string name, Action stage) => Time(name, () => { stage(); return 0; });
}
