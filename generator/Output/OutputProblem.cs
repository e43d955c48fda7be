namespace StaticSite.Output;

/// <summary>A reason the site was not (or not wholly) published, as one line for the operator.</summary>
internal sealed record OutputProblem(OutputProblemKind Kind, string Message);
