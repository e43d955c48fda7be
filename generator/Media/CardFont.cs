using System.Collections.Concurrent;
using SkiaSharp;

namespace StaticSite.Media;

/// <summary>The typefaces social cards are drawn with: Noto Sans CJK KR (bold for the title, regular for the rest),
/// which has Latin and Hangul, from the font files of Debian's <c>fonts-noto-cjk</c> package (installed by the
/// project's own <c>.ci/run</c>); never downloaded.</summary>
internal sealed class CardFont
{
    /// <summary>Where Debian's <c>fonts-noto-cjk</c> puts the bold and the regular font collections.</summary>
    public static readonly IReadOnlyList<string> DebianFiles =
    [
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    ];

    /// <summary>The family looked for in each collection: the Korean forms of the CJK glyphs.</summary>
    public const string Family = "Noto Sans CJK KR";

    private static readonly ConcurrentDictionary<string, Lazy<SKTypeface?>> Loaded = new(StringComparer.Ordinal);

    private CardFont(SKTypeface bold, SKTypeface regular, string key)
    {
        Bold = bold;
        Regular = regular;
        Key = key;
    }

    /// <summary>The typeface for the title.</summary>
    public SKTypeface Bold { get; }

    /// <summary>The typeface for the site name and the footer.</summary>
    public SKTypeface Regular { get; }

    /// <summary>Which files these are (paths and sizes), for cache keys.</summary>
    public string Key { get; }

    /// <summary>The font from <paramref name="files"/> (bold first, then regular; one file serves for both), or null
    /// when none of them exists or holds <see cref="Family"/>. Typefaces are loaded once per process.</summary>
    public static CardFont? Find(IReadOnlyList<string> files)
    {
        var found = files.Select(f => (File: f, Face: Loaded.GetOrAdd(f, path =>
            new Lazy<SKTypeface?>(() => Load(path))).Value)).Where(f => f.Face is not null).ToList();
        if (found.Count == 0) return null;
        var key = string.Join(';', found.Select(f => f.File + ":" + new FileInfo(f.File).Length));
        return new CardFont(found[0].Face!, found[^1].Face!, key);
    }

    private static SKTypeface? Load(string path)
    {
        if (!File.Exists(path)) return null;
        for (var index = 0; index < 16; index++)
        {
            var face = SKTypeface.FromFile(path, index);
            if (face is null) return null;
            if (face.FamilyName == Family) return face;
            face.Dispose();
        }

        return null;
    }
}
