namespace StaticSite.Search;

/// <summary>Unsigned variable-length numbers, seven bits a byte with the high bit set on every byte but the last: the
/// encoding of the term store and of the index files (the script reads the same).</summary>
internal static class VarInt
{
    /// <summary>Appends <paramref name="value"/> (not negative) to <paramref name="bytes"/>.</summary>
    public static void Write(List<byte> bytes, int value)
    {
        var v = (uint)value;
        while (v >= 0x80)
        {
            bytes.Add((byte)(v | 0x80));
            v >>= 7;
        }

        bytes.Add((byte)v);
    }

    /// <summary>Writes <paramref name="value"/> (not negative) at <paramref name="position"/> of <paramref
    /// name="bytes"/>, which has room for it, and returns the position after it.</summary>
    public static int Write(Span<byte> bytes, int position, int value)
    {
        var v = (uint)value;
        while (v >= 0x80)
        {
            bytes[position++] = (byte)(v | 0x80);
            v >>= 7;
        }

        bytes[position++] = (byte)v;
        return position;
    }

    /// <summary>Reads the number at <paramref name="position"/> of <paramref name="bytes"/> and moves past it.</summary>
    public static int Read(ReadOnlySpan<byte> bytes, ref int position)
    {
        var value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[position++];
            value |= (b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
    }
}
