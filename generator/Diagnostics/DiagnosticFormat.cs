namespace StaticSite.Diagnostics;

/// <summary>How <c>check</c> prints its diagnostics: for people, for GitHub workflow annotations, or for
/// programs.</summary>
internal enum DiagnosticFormat
{
    Text,
    Github,
    Json,
}
