using System.Collections.Concurrent;

namespace StaticSite.Serve;

/// <summary>Watches folders for file changes and calls back once per burst of changes, after they have been quiet for a
/// short while, with the paths that changed.</summary>
internal sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly SemaphoreSlim _signal = new(0);
    private readonly ConcurrentQueue<string> _paths = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private volatile bool _overflowed;

    /// <summary>Starts watching <paramref name="folders"/> (with sub-folders); <paramref name="changed"/> runs on a
    /// background thread, never twice at once, with the full paths that changed, or null when the watcher lost track
    /// (buffer overflow) and anything may have changed.</summary>
    public ChangeWatcher(IEnumerable<string> folders, TimeSpan quiet, Action<IReadOnlyCollection<string>?> changed)
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite
                    | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Note(e.FullPath);
            watcher.Created += (_, e) => Note(e.FullPath);
            watcher.Deleted += (_, e) => Note(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                _paths.Enqueue(e.OldFullPath);
                Note(e.FullPath);
            };
            watcher.Error += (_, _) =>
            {
                _overflowed = true;
                _signal.Release();
            };
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }

        _loop = Task.Run(() => Loop(quiet, changed));
    }

    private void Note(string path)
    {
        _paths.Enqueue(path);
        _signal.Release();
    }

    private async Task Loop(TimeSpan quiet, Action<IReadOnlyCollection<string>?> changed)
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

                var paths = new HashSet<string>(StringComparer.Ordinal);
                while (_paths.TryDequeue(out var path)) paths.Add(path);
                var overflowed = _overflowed;
                _overflowed = false;
                changed(overflowed ? null : paths);
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
