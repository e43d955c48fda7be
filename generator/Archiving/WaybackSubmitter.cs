using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticSite.Archiving;

/// <summary>Asks the Wayback Machine to take a snapshot of each original (its "save page now" address,
/// <c>https://web.archive.org/save/&lt;url&gt;</c>) and reads the snapshot's address from the answer; the HTTP
/// handler and the endpoint are given by the caller, so tests answer without any network.</summary>
internal sealed partial class WaybackSubmitter(HttpMessageHandler handler, Uri endpoint, TimeSpan pause)
{
    /// <summary>The public save endpoint.</summary>
    public static readonly Uri PublicEndpoint = new("https://web.archive.org/save/");

    /// <summary>What one submission gave: the snapshot's address and day, or why there is none.</summary>
    public sealed record Result(UnarchivedOriginal Original, string? Snapshot, DateOnly? Taken, string? Problem);

    /// <summary>Submits each original in turn, pausing between requests so the service's rate limit is kept.</summary>
    public async Task<IReadOnlyList<Result>> SubmitAsync(IReadOnlyList<UnarchivedOriginal> originals,
        CancellationToken cancellation)
    {
        using var client = new HttpClient(handler, disposeHandler: false) { Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("staticsite-archive-originals/1.0");
        var results = new List<Result>();
        for (var i = 0; i < originals.Count; i++)
        {
            if (i > 0 && pause > TimeSpan.Zero) await Task.Delay(pause, cancellation);
            results.Add(await SubmitOneAsync(client, originals[i], cancellation));
        }

        return results;
    }

    private async Task<Result> SubmitOneAsync(HttpClient client, UnarchivedOriginal original,
        CancellationToken cancellation)
    {
        try
        {
            using var response = await client.GetAsync(new Uri(endpoint.AbsoluteUri + original.Url),
                HttpCompletionOption.ResponseHeadersRead, cancellation);
            if (!response.IsSuccessStatusCode)
            {
                return new Result(original, null, null, $"the archive answered {(int)response.StatusCode} " +
                    $"{response.ReasonPhrase}");
            }

            var found = response.Content.Headers.ContentLocation ?? response.Headers.Location
                ?? response.RequestMessage?.RequestUri;
            var snapshot = found is null ? null : new Uri(endpoint, found).AbsoluteUri;
            var stamp = snapshot is null ? null : Stamp().Match(snapshot);
            if (stamp is not { Success: true })
            {
                return new Result(original, null, null, "the answer did not name a snapshot");
            }

            var taken = DateOnly.ParseExact(stamp.Groups[1].Value, "yyyyMMdd", CultureInfo.InvariantCulture);
            return new Result(original, snapshot, taken, null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or FormatException)
        {
            cancellation.ThrowIfCancellationRequested();
            return new Result(original, null, null, e.Message);
        }
    }

    [GeneratedRegex(@"/web/(\d{8})\d{0,6}/", RegexOptions.CultureInvariant)]
    private static partial Regex Stamp();
}
