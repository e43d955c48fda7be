namespace StaticSite.Output;

/// <summary>One file of the built site: its bytes, or a reader for an input file that is copied as it is.</summary>
internal sealed record OutputFile(string Path, byte[]? Bytes, Func<byte[]>? Copy)
{
    /// <summary>Where the file's bytes are on disk (a staged or a previous build's file), or null when they are not
    /// only there.</summary>
    public string? DiskFile { get; init; }

    /// <summary>The file's bytes, reading the copied input when needed.</summary>
    public byte[] ReadBytes() => Bytes ?? Copy!();

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
