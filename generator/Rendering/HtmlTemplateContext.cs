using System.Diagnostics;
using System.Net;
using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using StaticSite.Content;
using StaticSite.Rendering.Models;

namespace StaticSite.Rendering;

/// <summary>A Scriban context that HTML-encodes every value a template prints, except <see cref="SafeHtml"/>, so a
/// template author cannot forget to escape.</summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    private static readonly string[] AsciiChars = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();
    private static readonly Template Empty = Template.Parse("");
    private readonly StringBuilderOutput _page = new();
    private readonly StringBuilderOutput _content = new();
    private TemplateBudget? _budget;
    private long _pageStart;
    private long _pageStartWall;
    private int _steps;

    /// <summary>The most characters one page may have: far above the largest article the 2 MiB file cap allows, low
    /// enough to stop a runaway template before it exhausts memory.</summary>
    public const int PageCharacterLimit = 16 * 1024 * 1024;

    /// <summary>Creates a context with limits that stop a runaway template; hitting one is an error, never a silently
    /// truncated page.</summary>
    public HtmlTemplateContext()
    {
        LoopLimit = 1_000_000;
        RecursiveLimit = 64;
        LimitToString = 1_000_000;
        OnStringLimit = ScriptLimitBehavior.Throw;
        OutputLimit = PageCharacterLimit;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        ObjectRecursionLimit = 64;
        EnableRelaxedMemberAccess = true;
        NewLine = "\n";
        RegexTimeOut = ContentLimits.TemplateTimePerPage;
    }

    /// <summary>Starts timing a page against <paramref name="budget"/>: from now until <see cref="EndPage"/>, a
    /// template that runs past the page's or the build's time stops with an error at the line it was
    /// running.</summary>
    public void BeginPage(TemplateBudget budget)
    {
        _budget = budget;
        _pageStart = TemplateClock.Now();
        _pageStartWall = Stopwatch.GetTimestamp();
    }

    /// <summary>Stops timing the page and adds its time to the build's.</summary>
    public void EndPage()
    {
        _budget?.Spend(TemplateClock.Now() - _pageStart);
        _budget = null;
    }

    /// <inheritdoc />
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (_budget is not null && scriptNode is not null && (++_steps & 1023) == 0) CheckTime(scriptNode.Span);
        return base.Evaluate(scriptNode, aliasReturnedFunction);
    }

    /// <inheritdoc />
    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        if (_budget is not null && (++_steps & 1023) == 0) CheckTime(loop.Span);
        return base.OnStepLoop(loop);
    }

    private void CheckTime(SourceSpan span)
    {
        if (Stopwatch.GetElapsedTime(_pageStartWall).Ticks * 100 < _budget!.Headroom) return;
        if (_budget.Overrun(_pageStart) is { } message) throw new ScriptRuntimeException(span, message);
    }

    private SafeHtml? _tracked;
    private StringBuilder? _trackedIn;
    private int _trackedAt;
    private int _contentAt;
    private bool _ambiguous;

    /// <summary>Follows where <paramref name="html"/> (an article body) is printed in the next page, for <see
    /// cref="TrackedOffset"/>; null follows nothing.</summary>
    internal void Track(SafeHtml? html)
    {
        _tracked = html;
        _trackedIn = null;
        _contentAt = -1;
        _ambiguous = false;
    }

    /// <summary>The character offset of the tracked HTML in the page last rendered, or -1 when it was not printed
    /// exactly once, as it is (not re-indented), by the page template or the layout.</summary>
    internal int TrackedOffset =>
        _ambiguous ? -1
        : ReferenceEquals(_trackedIn, _content.Builder) && _contentAt >= 0 ? _contentAt + _trackedAt
        : ReferenceEquals(_trackedIn, _page.Builder) ? _trackedAt
        : -1;

    private void Note(SafeHtml html)
    {
        var builder = EnableOutput && string.IsNullOrEmpty(CurrentIndent) && Output is StringBuilderOutput output
            ? output.Builder : null;
        if (ReferenceEquals(html, _tracked))
        {
            if (builder is null || _trackedIn is not null) _ambiguous = true;
            (_trackedIn, _trackedAt) = (builder, builder?.Length ?? -1);
        }
        else if (ReferenceEquals(html.Builder, _content.Builder))
        {
            if (builder is null || _contentAt != -1 || !ReferenceEquals(builder, _page.Builder)) _ambiguous = true;
            _contentAt = builder?.Length ?? -1;
        }
    }

    /// <inheritdoc />
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (_tracked is not null && textAsObject is SafeHtml marked) Note(marked);
        switch (textAsObject)
        {
            case null:
                return this;
            case SafeHtml { Builder: { Length: > 0 } builder } when string.IsNullOrEmpty(CurrentIndent) && EnableOutput
                && Output is StringBuilderOutput output:
                output.Builder.Append(builder, 0, builder.Length - 1);
                var last = builder[^1];
                Write(last < AsciiChars.Length ? AsciiChars[last] : last.ToString());
                return this;
            case SafeHtml safe:
                Write(safe.Html);
                return this;
            default:
                Write(WebUtility.HtmlEncode(ObjectToString(textAsObject)));
                return this;
        }
    }

    /// <inheritdoc />
    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        ModelAccessors.For(target.GetType()) ?? base.GetMemberAccessorImpl(target);

    /// <summary>Renders <paramref name="template"/> as <see cref="Template.Render(TemplateContext)"/> does, but into a
    /// builder this context reuses for every page instead of a new string; the builder holds the page until the next
    /// call.</summary>
    public StringBuilder RenderPage(Template template)
    {
        if (template.HasErrors || template.Page is null)
        {
            throw new InvalidOperationException(
                $"template '{template.SourceFilePath}' has errors and cannot be rendered");
        }

        _page.Builder.Clear();
        PushOutput(_page);
        try
        {
            WriteTemplate(template);
            return _page.Builder;
        }
        finally
        {
            PopOutput();
        }
    }

    /// <summary>Renders a page template (the part of a page inside the layout) into a second builder this context
    /// reuses, for the layout to print as <c>content</c> without a string being made of it; valid until the next call.
    /// It starts a new page: the page character limit counts from here.</summary>
    public SafeHtml RenderContent(Template template)
    {
        if (template.HasErrors || template.Page is null)
        {
            throw new InvalidOperationException(
                $"template '{template.SourceFilePath}' has errors and cannot be rendered");
        }

        Empty.Render(this); // Scriban resets its output budget only when a top-level Render begins.
        _content.Builder.Clear();
        PushOutput(_content);
        try
        {
            WriteTemplate(template);
            return new SafeHtml(_content.Builder);
        }
        finally
        {
            PopOutput();
        }
    }

    /// <summary>Renders a partial straight into the current output when its <c>include</c> stands alone as a statement
    /// (not indented, no named arguments), exactly as Scriban's <c>include</c> would print it, but without first
    /// building the partial's text as a string; false when Scriban's own <c>include</c> must run.</summary>
    internal bool TryIncludeInline(ScriptNode? caller, ScriptArray arguments)
    {
        if (caller is not ScriptFunctionCall { Parent: ScriptExpressionStatement } call
            || !string.IsNullOrEmpty(CurrentIndent)
            || !EnableOutput || arguments.Count == 0)
        {
            return false;
        }

        foreach (var argument in call.Arguments)
        {
            if (argument is ScriptNamedArgument) return false;
        }

        var path = GetTemplatePathFromName(ObjectToString(arguments[0]), caller);
        if (path is null || !CachedTemplates.TryGetValue(path, out var template) || template.HasErrors
            || template.Page is null)
        {
            return false;
        }

        var indent = CurrentIndent;
        EnterRecursive(caller);
        CurrentIndent = null;
        PushLocal();
        try
        {
            SetValue(ScriptVariable.Arguments, arguments, true, true);
            WriteTemplate(template);
        }
        finally
        {
            PopLocal();
            CurrentIndent = indent;
            ExitRecursive(caller);
        }

        return true;
    }

    private void WriteTemplate(Template template)
    {
        if (template.SourceFilePath is { } file) PushSourceFile(file);
        try
        {
            UseScientific = template.LexerOptions.Lang == ScriptLang.Scientific;
            var result = Evaluate(template.Page!);
            if (EnableOutput && result is not null) Write(template.Page!.Span, result);
        }
        finally
        {
            if (template.SourceFilePath is not null) PopSourceFile();
        }
    }
}
