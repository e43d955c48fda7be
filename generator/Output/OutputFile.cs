namespace StaticSite.Output;

/// <summary>One file of the built site: its bytes, or a reader for an input file that is copied as it is.</summary>
internal sealed record OutputFile(string Path, byte[]? Bytes, Func<byte[]>? Copy)
{
    /// <summary>The file's bytes, reading the copied input when needed.</summary>
    public byte[] ReadBytes() => Bytes ?? Copy!();
}
