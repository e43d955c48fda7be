namespace StaticSite.Rendering.Models;

/// <summary>The not-found page.</summary>
internal sealed record NotFoundPageModel : PageModel
{
    /// <inheritdoc />
    public override string Kind => "not-found";
}
