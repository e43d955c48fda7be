using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Iptc;
using MetadataExtractor.Formats.Xmp;

namespace StaticSite.Media;

/// <summary>Reads the metadata a photograph carries (with MetadataExtractor, which knows EXIF, XMP and IPTC in every
/// format the site accepts), to tell a contributor when a source file in the repository holds GPS coordinates.</summary>
internal static class MetadataProbe
{
    /// <summary>Whether <paramref name="bytes"/> carry a GPS position, in EXIF or in XMP; a file whose metadata cannot
    /// be read carries none that this can find.</summary>
    public static bool HasGps(byte[] bytes)
    {
        try
        {
            var directories = ImageMetadataReader.ReadMetadata(new MemoryStream(bytes, writable: false));
            return directories.OfType<GpsDirectory>().Any(d => d.GetGeoLocation() is not null)
                || directories.OfType<XmpDirectory>().Any(d => d.GetXmpProperties().Keys
                    .Any(k => k.Contains("GPSLatitude", StringComparison.OrdinalIgnoreCase)));
        }
        catch (Exception e) when (e is ImageProcessingException or IOException or ArgumentException
            or InvalidOperationException or IndexOutOfRangeException)
        {
            return false;
        }
    }

    /// <summary>The names of the metadata directories found in <paramref name="bytes"/> that can identify a camera,
    /// a place or a person (EXIF, GPS, XMP, IPTC, maker notes), for tests that read published files back.</summary>
    public static IReadOnlyList<string> IdentifyingDirectories(byte[] bytes) =>
        ImageMetadataReader.ReadMetadata(new MemoryStream(bytes, writable: false))
            .Where(d => d is ExifDirectoryBase or GpsDirectory or XmpDirectory
                or IptcDirectory
                || d.Name.Contains("Makernote", StringComparison.OrdinalIgnoreCase))
            .Select(d => d.Name).ToList();
}
