using System.Text;
using System.Text.Json;

namespace StaticSite.Output;

/// <summary><c>.staticsite.json</c>, the file every build leaves at the top of its output folder: the sign that the
/// folder is a site this generator built (so a later build may replace it) and the list of every file it published
/// (for tools that compare one build's paths with the next). It holds only what the site already makes public (its
/// own paths), no absolute path, date or input detail, so it is the same for the same input and harmless when a host
/// serves it.</summary>
internal static class OutputMarker
{
    /// <summary>The marker's file name.</summary>
    public const string FileName = ".staticsite.json";

    private const string Generator = "staticsite";
    private static readonly byte[] Start = Encoding.UTF8.GetBytes($"{{\n  \"generator\": \"{Generator}\",");

    /// <summary>The marker's bytes for a site of <paramref name="paths"/>.</summary>
    public static byte[] For(IEnumerable<string> paths)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteString("generator", Generator);
            json.WriteNumber("format", 1);
            json.WriteStartArray("files");
            foreach (var path in paths.Order(StringComparer.Ordinal)) json.WriteStringValue(path);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Whether <paramref name="folder"/> carries the marker of a build of this generator.</summary>
    public static bool IsIn(string folder)
    {
        var file = Path.Combine(folder, FileName);
        if (!File.Exists(file)) return false;
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var start = new byte[Start.Length];
        return stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false) == start.Length
            && start.AsSpan().SequenceEqual(Start);
    }

    /// <summary>The paths the marker in <paramref name="folder"/> lists, or null when there is no readable
    /// marker.</summary>
    public static IReadOnlyList<string>? Read(string folder)
    {
        if (!IsIn(folder)) return null;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, FileName)));
            return document.RootElement.GetProperty("files").EnumerateArray().Select(e => e.GetString()!).ToList();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }
}
