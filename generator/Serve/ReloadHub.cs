using System.Collections.Concurrent;
using System.Threading.Channels;

namespace StaticSite.Serve;

/// <summary>The open pages listening for server-sent events; a rebuild sends each of them a reload or the build's
/// errors.</summary>
internal sealed class ReloadHub
{
    private readonly ConcurrentDictionary<Channel<string>, bool> _clients = new();

    /// <summary>Registers a listener; dispose the returned handle when its connection ends.</summary>
    public (ChannelReader<string> Events, IDisposable Handle) Subscribe()
    {
        var channel = Channel.CreateUnbounded<string>();
        _clients[channel] = true;
        return (channel.Reader, new Unsubscriber(() => _clients.TryRemove(channel, out _)));
    }

    /// <summary>Sends one event (already formatted as <c>event:</c>/<c>data:</c> lines) to every listener.</summary>
    public void Broadcast(string message)
    {
        foreach (var client in _clients.Keys) client.Writer.TryWrite(message);
    }

    /// <summary>Formats a server-sent event; the data is kept on one line.</summary>
    public static string Event(string name, string data) =>
        $"event: {name}\ndata: {data.Replace("\n", " ", StringComparison.Ordinal)}\n\n";

    private sealed class Unsubscriber(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
