namespace StaticSite.Cli;

/// <summary>The process exit codes, the same for every command.</summary>
internal static class ExitCodes
{
    /// <summary>What each code means, as <c>--help</c> shows it.</summary>
    public static readonly string Meanings =
        $"Exit codes: {Success} success, {ContentErrors} content errors (the output was left as it was), {Usage} usage "
        + $"errors, {InternalError} a bug in the generator.";

    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;
    public const int InternalError = 70;
}
