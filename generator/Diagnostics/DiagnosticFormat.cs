namespace StaticSite.Diagnostics;

/// <summary>How <c>check</c> prints its diagnostics: for people, for GitHub workflow annotations, or for programs.</summary>
public enum DiagnosticFormat
{
    Text,
    Github,
    Json,
}
