// Writes generated photographs, each a drawn scene with an EXIF block carrying GPS coordinates, as a phone would:
//   dotnet run --project tests/benchmarks/MakePhotos -c Release -- --count 500 --width 2400 --height 1600 --out DIR
// Files are named photo-0001.jpg, photo-0002.jpg, … (or --name NAME.jpg for --count 1).
using System.Globalization;
using StaticSite.Tests.Support;

var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i + 1 < args.Length; i += 2) options[args[i].TrimStart('-')] = args[i + 1];
int Number(string key, int fallback) =>
    options.TryGetValue(key, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
var count = Number("count", 1);
var width = Number("width", 2400);
var height = Number("height", 1600);
var quality = Number("quality", 85);
var folder = options.GetValueOrDefault("out") ?? throw new ArgumentException("--out DIR is required");
Directory.CreateDirectory(folder);
for (var n = 1; n <= count; n++)
{
    var name = count == 1 && options.TryGetValue("name", out var given) ? given : $"photo-{n:D4}.jpg";
    File.WriteAllBytes(Path.Combine(folder, name), TestPhotos.Jpeg(width, height, gps: true, seed: n, quality: quality));
}

Console.WriteLine($"{count} photographs of {width}×{height} in {folder}");
