namespace StaticSite.Cli;

/// <summary>The process exit codes, the same for every command.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;
    public const int InternalError = 70;
}
