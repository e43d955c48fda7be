using System.Text;

namespace StaticSite.Rendering.Models;

/// <summary>HTML that is trusted to be written as it is; only the Markdown renderer and the template engine's own
/// output make it.</summary>
internal sealed class SafeHtml
{
    private string? _html;

    internal SafeHtml(string html) => _html = html;

    /// <summary>Markup held in a builder its renderer reuses, made a string only if a template asks for one; valid
    /// until the builder's next use.</summary>
    internal SafeHtml(StringBuilder builder) => Builder = builder;

    /// <summary>The builder the markup is held in, or null when it is a string.</summary>
    internal StringBuilder? Builder { get; }

    /// <summary>The markup.</summary>
    public string Html => _html ??= Builder!.ToString();

    /// <inheritdoc />
    public override string ToString() => Html;
}
