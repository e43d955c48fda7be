using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace StaticSite.Rendering;

/// <summary>Wraps Scriban's <c>include</c> so a partial's output (already escaped where it printed values) is not escaped a second time.</summary>
internal sealed class SafeInclude(IScriptCustomFunction inner) : IScriptCustomFunction
{
    public int RequiredParameterCount => inner.RequiredParameterCount;
    public int ParameterCount => inner.ParameterCount;
    public ScriptVarParamKind VarParamKind => inner.VarParamKind;
    public Type ReturnType => typeof(SafeHtml);
    public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new SafeHtml(inner.Invoke(context, callerContext, arguments, blockStatement)?.ToString() ?? "");

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new SafeHtml((await inner.InvokeAsync(context, callerContext, arguments, blockStatement))?.ToString() ?? "");
}
