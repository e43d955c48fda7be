namespace StaticSite.Content;

/// <summary>Recognizes text files saved in an encoding other than UTF-8 (UTF-16 or UTF-32, with or without a byte
/// order mark), which would otherwise read as garbage and be reported as missing front matter.</summary>
internal static class TextEncodingSniffer
{
    /// <summary>The name of the encoding <paramref name="bytes"/> are in when it is UTF-16 or UTF-32, else
    /// null.</summary>
    public static string? WideEncoding(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0])) return "UTF-32";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF])) return "UTF-32";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return "UTF-16";
        }

        if (bytes.Length >= 4 && bytes[0] != 0 && bytes[1] == 0 && bytes[2] == 0 && bytes[3] == 0) return "UTF-32";
        if (bytes.Length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0 && bytes[3] != 0) return "UTF-32";
        if (bytes.Length >= 4 && ((bytes[0] != 0 && bytes[1] == 0 && bytes[2] != 0 && bytes[3] == 0)
            || (bytes[0] == 0 && bytes[1] != 0 && bytes[2] == 0 && bytes[3] != 0)))
        {
            return "UTF-16";
        }

        return null;
    }
}
