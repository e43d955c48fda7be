namespace StaticSite.Rendering.Models;

/// <summary>The search page: a GET form whose results the script fills in from the index beside the page.</summary>
internal sealed record SearchPageModel : PageModel
{
    /// <summary>The URL of the folder holding the index files (<c>meta.json</c>, <c>docs-*.json</c>,
    /// <c>terms-*.json</c>).</summary>
    public required string IndexUrl { get; init; }

    /// <inheritdoc />
    public override string Kind => "search";
}
