using System.Net;
using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace StaticSite.Rendering;

/// <summary>A Scriban context that HTML-encodes every value a template prints, except <see cref="SafeHtml"/>, so a template author cannot forget to escape.</summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    private readonly StringBuilderOutput _page = new();

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

    /// <summary>Renders <paramref name="template"/> as <see cref="Template.Render(TemplateContext)"/> does, but into a builder this context reuses for every page instead of a new string; the builder holds the page until the next call.</summary>
    public StringBuilder RenderPage(Template template)
    {
        var page = template.HasErrors || template.Page is null ? throw new InvalidOperationException($"template '{template.SourceFilePath}' has errors and cannot be rendered") : template.Page;
        _page.Builder.Clear();
        PushOutput(_page);
        if (template.SourceFilePath is { } file) PushSourceFile(file);
        try
        {
            UseScientific = template.LexerOptions.Lang == ScriptLang.Scientific;
            var result = Evaluate(page);
            if (EnableOutput && result is not null) Write(page.Span, result);
            return _page.Builder;
        }
        finally
        {
            if (template.SourceFilePath is not null) PopSourceFile();
            PopOutput();
        }
    }
}
