using System.Diagnostics.CodeAnalysis;

namespace StaticSite.Tests.Support;

/// <summary>What a test does when a tool it needs (Chromium, Java, node, the npm checkers) is not installed: it ends as skipped, with the reason, so <c>dotnet test</c> counts it as skipped and never as passed; or it fails when <c>STATICSITE_REQUIRE_BROWSER=1</c> says the tools must be there (.ci/run sets it once it has installed them).</summary>
public static class MissingTool
{
    /// <summary>Whether a missing tool is a failure rather than a skip.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("STATICSITE_REQUIRE_BROWSER") == "1";

    /// <summary>The reason a test is skipped for: what is missing and how to install it, then how to make it a failure.</summary>
    public static string SkipReason(string missing) => $"{missing}; set STATICSITE_REQUIRE_BROWSER=1 to make this a failure";

    /// <summary>Returns when nothing is missing (<paramref name="missing"/> is null); otherwise ends the test as <see cref="Skip"/> does.</summary>
    public static void SkipIfMissing(string? missing)
    {
        if (missing is not null) Skip(missing);
    }

    /// <summary>Why social cards cannot be drawn on this machine (Debian's fonts-noto-cjk is not installed), or null
    /// when they can.</summary>
    public static string? CardFontMissing =>
        StaticSite.Media.CardFont.Find(StaticSite.Media.CardFont.DebianFiles) is null
            ? "Noto Sans CJK KR is missing (apt-get install fonts-noto-cjk)" : null;

    /// <summary>Ends the test: failed when the tools are required, skipped with the reason when not.</summary>
    [DoesNotReturn]
    public static void Skip(string missing)
    {
        if (Required) Assert.Fail($"STATICSITE_REQUIRE_BROWSER=1 but {missing}");
        Assert.Skip(SkipReason(missing));
    }
}
