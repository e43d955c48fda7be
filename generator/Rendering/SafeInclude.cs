using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using StaticSite.Rendering.Models;

namespace StaticSite.Rendering;

/// <summary>Wraps Scriban's <c>include</c> so a partial's output (already escaped where it printed values) is not
/// escaped a second time, and a partial included as a statement of its own is written straight into the page.</summary>
internal sealed class SafeInclude(IScriptCustomFunction inner) : IScriptCustomFunction
{
    public int RequiredParameterCount => inner.RequiredParameterCount;
    public int ParameterCount => inner.ParameterCount;
    public ScriptVarParamKind VarParamKind => inner.VarParamKind;
    public Type ReturnType => typeof(SafeHtml);
    public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments,
        ScriptBlockStatement? blockStatement) =>
        context is HtmlTemplateContext html && html.TryIncludeInline(callerContext, arguments)
            ? null
            : new SafeHtml(inner.Invoke(context, callerContext, arguments, blockStatement)?.ToString() ?? "");

    public async ValueTask<object?> InvokeAsync(
        TemplateContext context, ScriptNode? callerContext, ScriptArray arguments,
            ScriptBlockStatement? blockStatement) =>
        new SafeHtml((await inner.InvokeAsync(context, callerContext, arguments, blockStatement))?.ToString() ?? "");
}
