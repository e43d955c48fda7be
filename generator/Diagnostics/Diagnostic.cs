namespace StaticSite.Diagnostics;

/// <summary>One problem found in the input, reported as <c>path:line:col: severity: message</c>.</summary>
internal sealed record Diagnostic(SourceLocation Location, Severity Severity, string Message)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
}
