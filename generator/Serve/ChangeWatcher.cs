namespace StaticSite.Serve;

/// <summary>Watches folders for file changes and calls back once per burst of changes, after they have been quiet for a short while.</summary>
public sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly SemaphoreSlim _signal = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    /// <summary>Starts watching <paramref name="folders"/> (with sub-folders); <paramref name="changed"/> runs on a background thread, never twice at once.</summary>
    public ChangeWatcher(IEnumerable<string> folders, TimeSpan quiet, Action changed)
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, _) => _signal.Release();
            watcher.Created += (_, _) => _signal.Release();
            watcher.Deleted += (_, _) => _signal.Release();
            watcher.Renamed += (_, _) => _signal.Release();
            watcher.Error += (_, _) => _signal.Release();
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }

        _loop = Task.Run(() => Loop(quiet, changed));
    }

    private async Task Loop(TimeSpan quiet, Action changed)
    {
        try
        {
            while (true)
            {
                await _signal.WaitAsync(_stop.Token);
                do
                {
                    while (_signal.Wait(0))
                    {
                    }

                    await Task.Delay(quiet, _stop.Token);
                }
                while (_signal.CurrentCount > 0);

                changed();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _stop.Cancel();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }

        _stop.Dispose();
    }
}
