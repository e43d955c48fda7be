using System.CommandLine;
using System.Net;
using StaticSite.Pipeline;
using StaticSite.Serve;

namespace StaticSite.Cli;

/// <summary><c>staticsite serve</c>: a local preview server that rebuilds in memory on every change and reloads open
/// pages.</summary>
internal static class ServeCommand
{
    /// <summary>Declares the command and its options.</summary>
    public static Command Create()
    {
        var site = new SiteOptions();
        var port = new Option<int>("--port") { Description = "The port to listen on (0 picks a free one)",
            DefaultValueFactory = _ => 8080 };
        var host = new Option<string>("--host") { Description = "The address to listen on; keep the loopback default " +
            "unless you mean to share the preview", DefaultValueFactory = _ => "127.0.0.1" };
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage of every rebuild took" };
        var command = new Command("serve",
            "Preview the site at http://127.0.0.1:8080/, rebuilding and reloading on every change (nothing is " +
                "written to disk)");
        site.AddTo(command);
        command.Add(port);
        command.Add(host);
        command.Add(timings);
        command.SetAction(async (result, cancellation) =>
        {
            var options = site.Read(result, Console.Error);
            if (options is null) return ExitCodes.Usage;
            var address = Address(result.GetValue(host)!);
            var number = result.GetValue(port);
            if (address is null || number is < 0 or > 65535)
            {
                Console.Error.WriteLine(address is null
                    ? "error: --host must be an IP address such as 127.0.0.1 (or localhost)"
                        : "error: --port must be between 0 and 65535");
                return ExitCodes.Usage;
            }

            return await Run(options, address, number, result.GetValue(timings), Console.Out, Console.Error,
                cancellation);
        });
        return command;
    }

    /// <summary>Serves until Ctrl+C, SIGTERM or <paramref name="cancellation"/>; returns the exit code.</summary>
    public static async Task<int> Run(
        BuildOptions options, IPAddress address, int port, bool timings, TextWriter stdout, TextWriter stderr,
            CancellationToken cancellation)
    {
        DevServer server;
        try
        {
            server = await DevServer.StartAsync(options, address, port, TimeSpan.FromMilliseconds(30), stdout, stderr);
        }
        catch (IOException e)
        {
            stderr.WriteLine($"error: cannot listen on {address}:{port}: {e.Message}");
            return ExitCodes.Usage;
        }

        server.Timings = timings;
        await using (server)
        {
            stdout.WriteLine($"serving {server.Address} (watching {options.ContentDir}/ and {options.TemplatesDir}/; " +
                $"Ctrl+C to stop)");
            await Task.WhenAny(server.WaitForShutdownAsync(), Task.Delay(Timeout.Infinite, cancellation));
        }

        return ExitCodes.Success;
    }

    private static IPAddress? Address(string host) =>
        host == "localhost" ? IPAddress.Loopback : IPAddress.TryParse(host, out var address) ? address : null;
}
