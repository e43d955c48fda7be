namespace StaticSite.Rendering;

/// <summary>HTML that is trusted to be written as it is; only the Markdown renderer and the template engine's own output make it.</summary>
public sealed class SafeHtml
{
    internal SafeHtml(string html) => Html = html;

    /// <summary>The markup.</summary>
    public string Html { get; }

    /// <inheritdoc />
    public override string ToString() => Html;
}
