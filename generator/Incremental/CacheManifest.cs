using System.Text.Json;
using System.Text.Json.Serialization;
using StaticSite.Diagnostics;

namespace StaticSite.Incremental;

/// <summary>The record a successful build leaves in its cache folder (<c>manifest.json</c>): the generator and output
/// folder it belongs to, every page's record, and what a later build needs to tell that nothing changed: the inputs'
/// digest, the earliest date a left-out future article comes due, the warnings and the size of every file
/// written.</summary>
internal sealed partial record CacheManifest(string Generator, string Output, IDictionary<string, PageRecord> Pages)
{
    public string? Inputs { get; init; }

    public DateTimeOffset? NextDue { get; init; }

    public int FutureCount { get; init; }

    public DateTimeOffset? FutureDue { get; init; }

    public int Embargoed { get; init; }

    public DateTimeOffset? NextLift { get; init; }

    public List<Diagnostic>? Warnings { get; init; }

    public IDictionary<string, long>? Files { get; init; }

    /// <summary>The manifest in <paramref name="file"/>, or null when it is missing or unreadable.</summary>
    public static CacheManifest? Read(string file)
    {
        if (!File.Exists(file)) return null;
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(file), ManifestJson.Default.CacheManifest);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Writes the manifest to <paramref name="file"/> through a temporary file, so a reader never sees half of
    /// it.</summary>
    public void Write(string file)
    {
        var temporary = file + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            JsonSerializer.Serialize(stream, this, ManifestJson.Default.CacheManifest);
        }

        File.Move(temporary, file, true);
    }

    [JsonSerializable(typeof(CacheManifest))]
    private sealed partial class ManifestJson : JsonSerializerContext;
}
