using System.Globalization;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace StaticSite.Media;

/// <summary>Draws social cards (1200 × 630 PNG) in the site's colours: the title shaped by HarfBuzz (so Hangul and
/// any other script come out as the font intends), wrapped between words (inside a word only when the word alone is too
/// long), at the largest size that fits.</summary>
internal sealed class CardPainter(CardFont font, CardPalette palette)
{
    /// <summary>A card's width in pixels.</summary>
    public const int Width = 1200;

    /// <summary>A card's height in pixels.</summary>
    public const int Height = 630;

    private const float Margin = 80;
    private static readonly (float Size, int Lines)[] TitleSizes = [(68, 3), (58, 4), (50, 5), (44, 6)];
    private readonly Lock _shaping = new();
    private SKShaper? _bold;
    private SKShaper? _regular;

    /// <summary>What the cards depend on besides their text (the font files, the colours and the layout), for cache
    /// keys.</summary>
    public string Key => string.Join('\n', "card-v1", font.Key, palette.Key, SkiaSharpVersion.Native.ToString());

    /// <summary>A card without words, in the site's colours, for when no font can be found.</summary>
    public static byte[] PaintPlain(CardPalette palette)
    {
        var info = new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(palette.Background);
        using var accent = new SKPaint { Color = palette.Accent };
        canvas.DrawRect(0, 0, 16, Height, accent);
        canvas.DrawRect(Margin, Height / 2f - 4, Width - 2 * Margin, 8, accent);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>The card for <paramref name="text"/>, as PNG bytes.</summary>
    public byte[] Paint(CardText text)
    {
        var info = new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(palette.Background);
        using (var accent = new SKPaint { Color = palette.Accent })
        {
            canvas.DrawRect(0, 0, 16, Height, accent);
        }

        using (var rule = new SKPaint { Color = palette.Rule })
        {
            canvas.DrawRect(Margin, Height - 118, Width - 2 * Margin, 2, rule);
        }

        lock (_shaping)
        {
            _bold ??= new SKShaper(font.Bold);
            _regular ??= new SKShaper(font.Regular);
            DrawLine(canvas, _bold, font.Bold, 30, palette.Accent, text.SiteName, 104);
            DrawTitle(canvas, text.Title);
            DrawLine(canvas, _regular, font.Regular, 30, palette.Muted, text.Footer, Height - 56);
        }

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private void DrawTitle(SKCanvas canvas, string title)
    {
        var (size, lines) = TitleSizes[^1];
        List<string> wrapped = [];
        foreach (var (candidate, most) in TitleSizes)
        {
            using var measure = new SKFont(font.Bold, candidate);
            wrapped = Wrap(_bold!, measure, title, Width - 2 * Margin);
            (size, lines) = (candidate, most);
            if (wrapped.Count <= most) break;
        }

        if (wrapped.Count > lines)
        {
            using var measure = new SKFont(font.Bold, size);
            wrapped = [.. wrapped.Take(lines - 1), Fit(_bold!, measure, wrapped[lines - 1] + " …", Width - 2 * Margin)];
        }

        var y = 150 + size;
        foreach (var line in wrapped)
        {
            DrawLine(canvas, _bold!, font.Bold, size, palette.Text, line, y);
            y += size * 1.22f;
        }
    }

    private static void DrawLine(SKCanvas canvas, SKShaper shaper, SKTypeface face, float size, SKColor colour,
        string text, float baseline)
    {
        using var skFont = new SKFont(face, size) { Edging = SKFontEdging.Antialias, Subpixel = true };
        using var paint = new SKPaint { Color = colour, IsAntialias = true };
        var line = Fit(shaper, skFont, text, Width - 2 * Margin);
        canvas.DrawShapedText(shaper, line, Margin, baseline, SKTextAlign.Left, skFont, paint);
    }

    /// <summary>Greedy wrapping at spaces; a word wider than a line is broken between its characters (grapheme
    /// clusters).</summary>
    private static List<string> Wrap(SKShaper shaper, SKFont font, string text, float width)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (shaper.Shape(candidate, font).Width <= width)
            {
                current = candidate;
                continue;
            }

            if (current.Length > 0) lines.Add(current);
            current = word;
            while (shaper.Shape(current, font).Width > width)
            {
                var head = Fit(shaper, font, current, width, ellipsis: false);
                lines.Add(head);
                current = current[head.Length..];
            }
        }

        if (current.Length > 0) lines.Add(current);
        return lines;
    }

    /// <summary>The longest start of <paramref name="text"/> (whole grapheme clusters) that fits, ending in "…" when
    /// cut.</summary>
    private static string Fit(SKShaper shaper, SKFont font, string text, float width, bool ellipsis = true)
    {
        if (shaper.Shape(text, font).Width <= width) return text;
        var clusters = StringInfo.ParseCombiningCharacters(text);
        for (var count = clusters.Length - 1; count > 0; count--)
        {
            var head = text[..clusters[count]];
            var shown = ellipsis ? head.TrimEnd() + "…" : head;
            if (shaper.Shape(shown, font).Width <= width) return shown;
        }

        return text[..Math.Min(text.Length, clusters.Length > 1 ? clusters[1] : text.Length)];
    }
}
