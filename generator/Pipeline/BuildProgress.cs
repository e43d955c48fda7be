namespace StaticSite.Pipeline;

/// <summary>Counts what a running build has done, so a terminal can show progress on long builds; updated from many
/// threads.</summary>
internal sealed class BuildProgress
{
    private int _done;
    private int _total;
    private volatile string _stage = "starting";

    /// <summary>Told when the build waits for another build of the same output folder to finish, with that build's
    /// process id when it is known.</summary>
    public Action<int?>? Waiting { get; init; }

    /// <summary>The stage now running.</summary>
    public string Stage => _stage;

    /// <summary>Pages finished in the current stage.</summary>
    public int Done => Volatile.Read(ref _done);

    /// <summary>Pages the current stage will make (0 when unknown).</summary>
    public int Total => Volatile.Read(ref _total);

    /// <summary>Starts a stage with <paramref name="total"/> items.</summary>
    public void Begin(string stage, int total = 0)
    {
        Volatile.Write(ref _done, 0);
        Volatile.Write(ref _total, total);
        _stage = stage;
    }

    /// <summary>Marks one item done.</summary>
    public void Step() => Interlocked.Increment(ref _done);
}
