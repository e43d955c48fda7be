using System.Net;
using Scriban;
using Scriban.Parsing;

namespace StaticSite.Rendering;

/// <summary>A Scriban context that HTML-encodes every value a template prints, except <see cref="SafeHtml"/>, so a template author cannot forget to escape.</summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    /// <summary>Creates a context with limits that stop a runaway template.</summary>
    public HtmlTemplateContext()
    {
        LoopLimit = 1_000_000;
        RecursiveLimit = 64;
        LimitToString = 1_000_000;
        ObjectRecursionLimit = 64;
        EnableRelaxedMemberAccess = true;
        NewLine = "\n";
    }

    /// <inheritdoc />
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case SafeHtml safe:
                Write(safe.Html);
                return this;
            default:
                Write(WebUtility.HtmlEncode(ObjectToString(textAsObject)));
                return this;
        }
    }
}
