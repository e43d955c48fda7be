using IoPath = System.IO.Path;

namespace StaticSite.Output;

/// <summary>One file of the built site: its bytes, a reader for an input file that is copied as it is, or the place
/// on disk it was written to.</summary>
internal sealed record OutputFile(string Path, byte[]? Bytes, Func<byte[]>? Copy)
{
    private readonly string? _diskFile;

    /// <summary>The folder the file lies in under its <see cref="Path"/> (a staging folder), shared by every file
    /// there, so a large site's staged files hold no path of their own but the output path.</summary>
    public string? DiskFolder { get; init; }

    /// <summary>Where the file's bytes are on disk (a staged or a previous build's file), or null when they are not
    /// only there.</summary>
    public string? DiskFile
    {
        get => _diskFile ?? (DiskFolder is null ? null : IoPath.Join(DiskFolder, Path));
        init => _diskFile = value;
    }

    /// <summary>The file's bytes, reading the copied input or the file on disk when needed.</summary>
    public byte[] ReadBytes() => Bytes ?? Copy?.Invoke() ?? File.ReadAllBytes(DiskFile!);

    /// <summary>The <paramref name="length"/> bytes from byte <paramref name="start"/>, read from disk alone when the
    /// file is there; null when the file is shorter.</summary>
    public byte[]? ReadRange(int start, int length)
    {
        if (DiskFile is null)
        {
            var bytes = ReadBytes();
            return (long)start + length <= bytes.Length ? bytes.AsSpan(start, length).ToArray() : null;
        }

        using var handle = File.OpenHandle(DiskFile);
        if ((long)start + length > RandomAccess.GetLength(handle)) return null;
        var range = new byte[length];
        for (var read = 0; read < length;)
        {
            var n = RandomAccess.Read(handle, range.AsSpan(read), start + read);
            if (n == 0) return null;
            read += n;
        }

        return range;
    }
}
