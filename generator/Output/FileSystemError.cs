using System.Text.RegularExpressions;

namespace StaticSite.Output;

/// <summary>Tells a file-system failure (no space, read-only, permission denied, a path too long, a file in use) from
/// a bug, and says it in one line with the path and the cause, for the operator to fix.</summary>
internal static partial class FileSystemError
{
    private const int SharingViolation = unchecked((int)0x80070020);
    private const int LockViolation = unchecked((int)0x80070021);
    private const int DiskFull = unchecked((int)0x80070070);

    /// <summary>The failure inside <paramref name="exception"/> (also inside an <see cref="AggregateException"/>), or
    /// null when it is not a file-system failure.</summary>
    public static Exception? Find(Exception exception) => exception switch
    {
        AggregateException aggregate =>
            aggregate.Flatten().InnerExceptions.Select(Find).FirstOrDefault(e => e is not null),
        IOException or UnauthorizedAccessException => exception,
        _ => null,
    };

    /// <summary>"cause: path" for a failure <see cref="Find"/> found.</summary>
    public static string Describe(Exception failure)
    {
        var path = QuotedPath().Matches(failure.Message).LastOrDefault()?.Groups[1].Value;
        var cause = Cause(failure);
        return path is null ? cause : $"{cause}: {path}";
    }

    /// <summary>The cause of a failure in the operator's words.</summary>
    public static string Cause(Exception failure) => failure switch
    {
        PathTooLongException => "the path is too long for the file system",
        UnauthorizedAccessException => "permission denied",
        DirectoryNotFoundException or FileNotFoundException => "a file or folder disappeared while the build ran",
        IOException { HResult: 28 or 122 or DiskFull } => "no space left on the device",
        IOException { HResult: 30 } => "the file system is read-only",
        IOException { HResult: 13 or 1 } => "permission denied",
        IOException { HResult: 36 } => "the path is too long for the file system",
        IOException { HResult: 16 or 26 or SharingViolation or LockViolation } =>
            "the file or folder is in use (busy, or a mount point)",
        IOException { HResult: 5 } => "an input/output error (the disk may be failing)",
        IOException { HResult: 18 } => "the output folder and its parent are on different file systems",
        IOException { HResult: 23 or 24 } => "too many open files",
        _ => WithoutPath(failure.Message),
    };

    private static string WithoutPath(string message)
    {
        var quoted = QuotedPath().Matches(message).LastOrDefault();
        var text = quoted is null ? message : message[..quoted.Index].TrimEnd(' ', ':');
        return text.Length == 0 ? message : char.ToLowerInvariant(text[0]) + text[1..].TrimEnd('.');
    }

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex QuotedPath();
}
