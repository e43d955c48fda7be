using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace StaticSite.Tests.Support;

/// <summary>Photographs made for tests and benchmarks with SkiaSharp (the generator's image library): a drawn scene
/// encoded as JPEG or PNG, with an EXIF block (camera make, orientation and GPS coordinates) spliced in as a phone
/// would write it.</summary>
internal static class TestPhotos
{
    /// <summary>A JPEG of <paramref name="width"/> × <paramref name="height"/> pixels, with EXIF GPS coordinates (a
    /// place in Ryanggang Province) and <paramref name="orientation"/> unless <paramref name="gps"/> is false.</summary>
    public static byte[] Jpeg(int width, int height, bool gps = true, int orientation = 1, int seed = 1,
        int quality = 85)
    {
        var jpeg = Draw(width, height, seed, SKEncodedImageFormat.Jpeg, quality);
        return gps || orientation != 1 ? WithExif(jpeg, gps, orientation) : jpeg;
    }

    /// <summary>A PNG of <paramref name="width"/> × <paramref name="height"/> pixels, optionally transparent.</summary>
    public static byte[] Png(int width, int height, bool transparent = false, int seed = 1) =>
        Draw(width, height, seed, SKEncodedImageFormat.Png, 100, transparent);

    private static byte[] Draw(int width, int height, int seed, SKEncodedImageFormat format, int quality,
        bool transparent = false)
    {
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888,
            transparent ? SKAlphaType.Premul : SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(transparent ? SKColors.Transparent : new SKColor(0x2b, 0x3a, 0x4a));
        var random = new Random(seed);
        using var sky = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, height),
            [new SKColor(0x8f, 0xb8, 0xde), new SKColor(0xe8, 0xd8, 0xb0)], SKShaderTileMode.Clamp);
        using (var paint = new SKPaint { Shader = sky })
        {
            canvas.DrawRect(0, 0, width, height * 0.6f, paint);
        }

        for (var i = 0; i < 40; i++)
        {
            using var paint = new SKPaint
            {
                Color = new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), 220),
                IsAntialias = true,
            };
            canvas.DrawCircle(random.Next(width), random.Next(height), random.Next(4, Math.Max(5, width / 8)), paint);
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(format, quality);
        return data.ToArray();
    }

    /// <summary>Splices an EXIF APP1 segment (make, orientation, and GPS latitude and longitude) in after the JPEG's
    /// start-of-image marker.</summary>
    public static byte[] WithExif(byte[] jpeg, bool gps = true, int orientation = 1)
    {
        var tiff = Tiff(gps, orientation);
        var segment = new byte[4 + 6 + tiff.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(2 + 6 + tiff.Length));
        "Exif\0\0"u8.CopyTo(segment.AsSpan(4));
        tiff.CopyTo(segment.AsSpan(10));
        return [.. jpeg.AsSpan(0, 2), .. segment, .. jpeg.AsSpan(2)];
    }

    private static byte[] Tiff(bool gps, int orientation)
    {
        var data = new byte[512];
        "MM"u8.CopyTo(data);
        BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(2), 42);
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(4), 8);
        var make = Encoding.ASCII.GetBytes("TestPhone\0");
        const int ifd0 = 8, makeAt = 100, gpsIfd = 120, latitudeAt = 200, longitudeAt = 230;
        var entries = new List<(ushort Tag, ushort Type, uint Count, uint Value)>
        {
            (0x010F, 2, (uint)make.Length, makeAt),
            (0x0112, 3, 1, (uint)orientation << 16),
        };
        if (gps) entries.Add((0x8825, 4, 1, gpsIfd));
        WriteIfd(data, ifd0, entries);
        make.CopyTo(data, makeAt);
        if (gps)
        {
            WriteIfd(data, gpsIfd,
            [
                (0x0001, 2, 2, (uint)'N' << 24),
                (0x0002, 5, 3, latitudeAt),
                (0x0003, 2, 2, (uint)'E' << 24),
                (0x0004, 5, 3, longitudeAt),
            ]);
            WriteRationals(data, latitudeAt, [(41, 1), (24, 1), (0, 1)]);
            WriteRationals(data, longitudeAt, [(128, 1), (10, 1), (48, 1)]);
        }

        return data[..260];
    }

    private static void WriteIfd(byte[] data, int at, IReadOnlyList<(ushort Tag, ushort Type, uint Count, uint Value)>
        entries)
    {
        BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(at), (ushort)entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var e = at + 2 + 12 * i;
            BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(e), entries[i].Tag);
            BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(e + 2), entries[i].Type);
            BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(e + 4), entries[i].Count);
            BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(e + 8), entries[i].Value);
        }

        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(at + 2 + 12 * entries.Count), 0);
    }

    private static void WriteRationals(byte[] data, int at, (uint Numerator, uint Denominator)[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(at + 8 * i), values[i].Numerator);
            BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(at + 8 * i + 4), values[i].Denominator);
        }
    }
}
