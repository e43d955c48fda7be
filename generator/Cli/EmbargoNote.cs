using System.Globalization;
using StaticSite.Diagnostics;

namespace StaticSite.Cli;

/// <summary>The part of a command's closing line about embargoes: how many articles are held back and when the next
/// one lifts (so an operator knows when a rebuild will publish it).</summary>
internal static class EmbargoNote
{
    /// <summary>"; 2 articles under embargo (the next lifts at 2026-12-24T09:00:00+09:00)", or empty.</summary>
    public static string Of(int count, DateTimeOffset? nextLift) =>
        count == 0 || nextLift is not { } lift ? ""
            : $"; {Plural.Of(count, "article")} under embargo (the next lifts at " +
                $"{lift.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)})";
}
