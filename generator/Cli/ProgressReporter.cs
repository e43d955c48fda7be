using StaticSite.Pipeline;

namespace StaticSite.Cli;

/// <summary>Shows a build's progress as one self-rewriting terminal line, twice a second; silent when output is not a
/// terminal, in CI, or with --quiet.</summary>
internal sealed class ProgressReporter : IDisposable
{
    private readonly Timer? _timer;
    private readonly TextWriter _writer;
    private bool _shown;

    /// <summary>Starts reporting <paramref name="progress"/> to <paramref name="writer"/> when <paramref
    /// name="enabled"/>.</summary>
    public ProgressReporter(BuildProgress progress, TextWriter writer, bool enabled)
    {
        _writer = writer;
        if (!enabled) return;
        _timer = new Timer(_ => Show(progress), null, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(500));
    }

    /// <summary>Whether progress lines suit this process: a terminal on standard error, not CI.</summary>
    public static bool Suitable(bool quiet) =>
        !quiet && !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    private void Show(BuildProgress progress)
    {
        lock (_writer)
        {
            var total = progress.Total;
            var line = total > 0 ? $"{progress.Stage}: {progress.Done}/{total} pages ({100 * progress.Done / total}%)"
                : $"{progress.Stage}…";
            _writer.Write("\r" + line.PadRight(60));
            _shown = true;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _timer?.Dispose();
        lock (_writer)
        {
            if (_shown) _writer.Write("\r" + new string(' ', 60) + "\r");
        }
    }
}
