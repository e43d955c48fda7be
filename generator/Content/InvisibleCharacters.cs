using System.Buffers;
using System.Globalization;
using StaticSite.Content.Yaml;
using StaticSite.Diagnostics;

namespace StaticSite.Content;

/// <summary>Finds characters that change how text displays without showing themselves — bidirectional controls
/// (U+202A–U+202E, U+2066–U+2069, and the marks U+200E, U+200F, U+061C) and zero-width characters (U+200B–U+200D,
/// U+2060, U+FEFF) — in front matter and registries, where titles, names and slugs are written; each is a warning at
/// its position, since a title that reads one way on screen and another in a feed or a URL misleads readers.</summary>
internal static class InvisibleCharacters
{
    private static readonly Dictionary<char, string> Names = new()
    {
        ['\u061C'] = "ARABIC LETTER MARK", ['\u200B'] = "ZERO WIDTH SPACE", ['\u200C'] = "ZERO WIDTH NON-JOINER",
        ['\u200D'] = "ZERO WIDTH JOINER", ['\u200E'] = "LEFT-TO-RIGHT MARK", ['\u200F'] = "RIGHT-TO-LEFT MARK",
        ['\u202A'] = "LEFT-TO-RIGHT EMBEDDING", ['\u202B'] = "RIGHT-TO-LEFT EMBEDDING",
        ['\u202C'] = "POP DIRECTIONAL FORMATTING", ['\u202D'] = "LEFT-TO-RIGHT OVERRIDE",
        ['\u202E'] = "RIGHT-TO-LEFT OVERRIDE", ['\u2060'] = "WORD JOINER", ['\u2066'] = "LEFT-TO-RIGHT ISOLATE",
        ['\u2067'] = "RIGHT-TO-LEFT ISOLATE", ['\u2068'] = "FIRST STRONG ISOLATE",
        ['\u2069'] = "POP DIRECTIONAL ISOLATE", ['\uFEFF'] = "ZERO WIDTH NO-BREAK SPACE",
    };

    private static readonly SearchValues<char> Characters = SearchValues.Create(Names.Keys.ToArray());

    /// <summary>Warns at each line of <paramref name="yaml"/> (which starts on line <paramref name="firstLine"/> of
    /// <paramref name="displayPath"/>) holding such a character, naming the first of them and the field it is in
    /// (from the top-level keys of <paramref name="mapping"/>).</summary>
    public static void Warn(string yaml, string displayPath, int firstLine, YamlMapping? mapping,
        DiagnosticBag diagnostics)
    {
        if (yaml.AsSpan().IndexOfAny(Characters) < 0) return;
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var column = lines[i].AsSpan().IndexOfAny(Characters);
            if (column < 0) continue;
            var line = firstLine + i;
            var found = lines[i][column];
            var field = mapping?.Entries.LastOrDefault(e => e.KeyAt.Line <= line)?.Key;
            var code = ((int)found).ToString("X4", CultureInfo.InvariantCulture);
            diagnostics.Warning(new SourceLocation(displayPath, line, column + 1),
                $"{(field is null ? "this line" : $"'{field}'")} contains U+{code} {Names[found]}, an invisible " +
                    "character that can make the text display differently from what it says; remove it unless it is " +
                        "meant to be there");
        }
    }
}
