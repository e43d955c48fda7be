using System.Buffers;
using System.Globalization;
using System.Text;
using StaticSite.Diagnostics;
using Utf8 = System.Text.Unicode.Utf8;

namespace StaticSite.Content;

/// <summary>Decodes an input file as UTF-8, refusing bytes that are not UTF-8 with an error at their line and column
/// instead of silently turning them into U+FFFD.</summary>
internal static class Utf8Text
{
    private static readonly UTF8Encoding Lenient = new(false);

    /// <summary>The text of <paramref name="bytes"/>, or null (with an error at the first invalid byte) when they are
    /// not UTF-8.</summary>
    public static string? Decode(byte[] bytes, string displayPath, DiagnosticBag diagnostics)
    {
        if (Utf8.IsValid(bytes)) return Lenient.GetString(bytes);
        var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            Utf8.ToUtf16(bytes, chars, out var valid, out _, replaceInvalidSequences: false);
            var lineStart = Array.LastIndexOf(bytes, (byte)'\n', Math.Max(valid - 1, 0)) + 1;
            var line = bytes.AsSpan(0, lineStart).Count((byte)'\n') + 1;
            var column = Lenient.GetCharCount(bytes, lineStart, valid - lineStart) + 1;
            var hex = bytes[valid].ToString("X2", CultureInfo.InvariantCulture);
            diagnostics.Error(new SourceLocation(displayPath, line, column),
                $"the file is not valid UTF-8 here (byte 0x{hex}); save it as UTF-8");
            return null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
