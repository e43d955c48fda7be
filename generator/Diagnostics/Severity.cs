namespace StaticSite.Diagnostics;

/// <summary>How serious a diagnostic is: errors stop the output from being replaced, warnings do not.</summary>
internal enum Severity
{
    Warning,
    Error,
}
