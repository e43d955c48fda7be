using System.Globalization;

namespace StaticSite.Diagnostics;

/// <summary>Counts written as people write them: "1 error", "2 errors".</summary>
internal static class Plural
{
    /// <summary>The count and the noun, with an <c>s</c> unless the count is one.</summary>
    public static string Of(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");
}
