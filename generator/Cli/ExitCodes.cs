namespace StaticSite.Cli;

/// <summary>The process exit codes, the same for every command.</summary>
internal static class ExitCodes
{
    /// <summary>What each code means, as <c>--help</c> shows it.</summary>
    public static readonly string Meanings =
        $"Exit codes: {Success} success, {ContentErrors} errors in the content or an output folder this generator did "
        + $"not build (the output was left as it was), {Usage} usage errors, {FileSystem} the file system refused (no "
        + $"space, read-only, permission denied, path too long, file in use), {Busy} another build holds the output "
        + $"folder (with --no-wait), {InternalError} a bug in the generator.";

    public const int Success = 0;

    /// <summary>Errors in the content, or an output folder that is not ours.</summary>
    public const int ContentErrors = 1;

    public const int Usage = 2;

    /// <summary>The file system refused a read or write (sysexits' EX_IOERR).</summary>
    public const int FileSystem = 74;

    /// <summary>Another build holds the output folder's lock and the build was told not to wait (sysexits'
    /// EX_TEMPFAIL: try again later).</summary>
    public const int Busy = 75;

    /// <summary>A bug in the generator (sysexits' EX_SOFTWARE); never a user's mistake.</summary>
    public const int InternalError = 70;
}
