using System.Globalization;
using System.Text.RegularExpressions;
using SkiaSharp;

namespace StaticSite.Media;

/// <summary>The site's colours for social cards, read from the light theme's custom properties of the stylesheet
/// (<c>--bg</c>, <c>--fg</c>, <c>--muted</c>, <c>--accent</c>, <c>--rule</c> in its first <c>:root</c> rule), so a card
/// looks like the site it links to.</summary>
internal sealed partial record CardPalette(SKColor Background, SKColor Text, SKColor Muted, SKColor Accent,
    SKColor Rule)
{
    /// <summary>The colours of the stylesheet this project ships, used for any colour a stylesheet does not
    /// name.</summary>
    public static CardPalette Default { get; } = new(new SKColor(0xfd, 0xfc, 0xf9), new SKColor(0x1d, 0x1d, 0x1b),
        new SKColor(0x5a, 0x58, 0x52), new SKColor(0x8a, 0x1c, 0x1c), new SKColor(0xe2, 0xde, 0xd4));

    /// <summary>The palette of <paramref name="css"/> (a stylesheet's text).</summary>
    public static CardPalette From(string css)
    {
        var root = RootRule().Match(css);
        if (!root.Success) return Default;
        var colours = ColourProperty().Matches(root.Groups[1].Value)
            .GroupBy(m => m.Groups[1].Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Groups[2].Value, StringComparer.Ordinal);
        SKColor Pick(string name, SKColor fallback) =>
            colours.TryGetValue(name, out var hex) ? Parse(hex) : fallback;
        return new CardPalette(Pick("bg", Default.Background), Pick("fg", Default.Text), Pick("muted", Default.Muted),
            Pick("accent", Default.Accent), Pick("rule", Default.Rule));
    }

    /// <summary>The palette as text, for cache keys.</summary>
    public string Key => string.Join(',', new[] { Background, Text, Muted, Accent, Rule }.Select(c => c.ToString()));

    private static SKColor Parse(string hex)
    {
        if (hex.Length == 3) hex = string.Concat(hex.Select(c => $"{c}{c}"));
        var value = uint.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return new SKColor((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }

    [GeneratedRegex(@":root\s*\{([^}]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex RootRule();

    [GeneratedRegex(@"--([a-z]+)\s*:\s*#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b", RegexOptions.CultureInvariant)]
    private static partial Regex ColourProperty();
}
