using System.Globalization;

namespace StaticSite.Content;

/// <summary>An ISO 8601 date or timestamp from content; date-only values keep no time so they print as
/// written.</summary>
internal readonly record struct ContentDate(DateTimeOffset Value, bool HasTime) : IComparable<ContentDate>
{
    private static readonly string[] TimestampFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
    ];

    /// <summary>Parses <c>YYYY-MM-DD</c> or a full timestamp with an offset (Z or ±hh:mm); anything else
    /// fails.</summary>
    public static bool TryParse(string text, out ContentDate date)
    {
        text = text.Trim();
        if (text.Length == 10 && DateTime.TryParseExact(
            text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            date = new ContentDate(new DateTimeOffset(day, TimeSpan.Zero), false);
            return true;
        }

        if (text.Length > 10 && (text.EndsWith('Z') || text[^6] is '+' or '-')
            && DateTimeOffset.TryParseExact(
                text, TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var stamp))
        {
            date = new ContentDate(stamp, true);
            return true;
        }

        date = default;
        return false;
    }

    /// <summary>The calendar date as written, <c>yyyy-MM-dd</c>.</summary>
    public string IsoDate => Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The full RFC 3339 timestamp used in feeds and machine-readable attributes.</summary>
    public string Rfc3339 => Value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>The value in <c>datetime</c> attributes: the date alone, or the timestamp when a time was
    /// given.</summary>
    public string Machine => HasTime ? Rfc3339 : IsoDate;

    /// <summary>A reader-facing date in a .NET date format (month names are English).</summary>
    public string DisplayAs(string format) => Value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>A reader-facing date such as "9 June 2021".</summary>
    public string Display => Value.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public int CompareTo(ContentDate other) => Value.CompareTo(other.Value);
}
