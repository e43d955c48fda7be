namespace StaticSite.Rendering.Models;

/// <summary>The notice left at the address of a withdrawn report: what it was, when and why it was withdrawn.</summary>
internal sealed record WithdrawnPageModel : PageModel
{
    /// <summary>The withdrawn report's headline.</summary>
    public required string Headline { get; init; }

    /// <summary>When the report was first published.</summary>
    public required DateModel Published { get; init; }

    /// <summary>When it was withdrawn.</summary>
    public required DateModel WithdrawnOn { get; init; }

    /// <summary>Why it was withdrawn.</summary>
    public required string Reason { get; init; }

    /// <summary>The source publication's page.</summary>
    public required LinkModel Source { get; init; }

    /// <summary>The report's language code.</summary>
    public required string Language { get; init; }

    /// <inheritdoc />
    public override string Kind => "withdrawn";
}
