using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace StaticSite.Content;

/// <summary>The safe slug pattern for every path segment made from content, and the slugifier for names.</summary>
internal static partial class Slugs
{
    /// <summary>Lowercase ASCII letters and digits in hyphen-separated words, at most 100 characters, and not a Windows
    /// device name (con, nul, com1…): safe in any URL and file system.</summary>
    public static bool IsSafe(string slug) => slug.Length <= 100 && SafePattern().IsMatch(slug)
        && !IsReservedName(slug);

    /// <summary>Whether a file name stem is a device name Windows will not create a file or folder for (con, prn, aux,
    /// nul, com0–com9, lpt0–lpt9).</summary>
    public static bool IsReservedName(string stem) =>
        stem.ToLowerInvariant() is "con" or "prn" or "aux" or "nul"
        || (stem.Length == 4 && (stem.StartsWith("com", StringComparison.OrdinalIgnoreCase)
            || stem.StartsWith("lpt", StringComparison.OrdinalIgnoreCase)) && char.IsAsciiDigit(stem[3]));

    /// <summary>Makes a slug from a name (such as a translator's): ASCII letters and digits kept, accented Latin
    /// letters folded to their base letter (José → jose), everything else a hyphen; empty when nothing is
    /// left.</summary>
    public static string FromName(string name)
    {
        var builder = new StringBuilder(name.Length);
        var pendingHyphen = false;
        foreach (var c in name)
        {
            var folded = Fold(c);
            if (folded.Length > 0)
            {
                if (pendingHyphen && builder.Length > 0) builder.Append('-');
                builder.Append(folded);
                pendingHyphen = false;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                pendingHyphen = true;
            }
        }

        var slug = builder.ToString();
        return slug.Length > 100 ? slug[..100].TrimEnd('-') : slug;
    }

    private const string Accented = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž";
    private const string Plain = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz";

    private static string Fold(char c)
    {
        if (char.IsAsciiLetterOrDigit(c)) return char.ToLowerInvariant(c).ToString();
        var lower = char.ToLowerInvariant(c);
        var at = Accented.IndexOf(lower);
        if (at >= 0) return Plain[at].ToString();
        return lower switch
        {
            'ß' => "ss",
            'æ' => "ae",
            'œ' => "oe",
            'þ' => "th",
            'ð' => "d",
            _ => "",
        };
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SafePattern();
}
