using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using StaticSite.Content.Files;
using StaticSite.Diagnostics;

namespace StaticSite.Rendering;

/// <summary>All Scriban templates of a site, parsed once and shared by every rendering thread; page templates live in
/// <c>pages/</c>, partials in <c>partials/</c>, the layout in <c>layouts/</c>.</summary>
internal sealed class TemplateSet
{
    private readonly Dictionary<string, Template> _templates;
    private readonly Dictionary<string, string> _texts;

    private TemplateSet(Dictionary<string, Template> templates, Dictionary<string, string> texts,
        IReadOnlyList<string> assets, IFileTree tree, InterfaceStrings strings)
    {
        Strings = strings;
        _templates = templates;
        _texts = texts;
        Assets = assets;
        Tree = tree;
    }

    /// <summary>Static files (stylesheets, scripts, icons) under <c>assets/</c>, copied as they are.</summary>
    public IReadOnlyList<string> Assets { get; }

    /// <summary>The interface strings of every language (<c>i18n/*.yml</c>).</summary>
    public InterfaceStrings Strings { get; }

    /// <summary>The folder the templates came from.</summary>
    public IFileTree Tree { get; }

    /// <summary>Parses every <c>.html</c> template; syntax errors become diagnostics at the template's line and
    /// column.</summary>
    public static TemplateSet Load(IFileTree tree, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var assets = new List<string>();
        foreach (var path in tree.List())
        {
            if (path.StartsWith("assets/", StringComparison.Ordinal))
            {
                assets.Add(path);
                continue;
            }

            if (!path.EndsWith(".html", StringComparison.Ordinal)) continue;
            var display = tree.DisplayPath(path);
            var text = tree.ReadText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
            var template = Template.Parse(text, display);
            if (template.HasErrors)
            {
                foreach (var message in template.Messages)
                {
                    var at = new SourceLocation(display, message.Span.Start.Line + 1, message.Span.Start.Column + 1);
                    if (message.Type == ParserMessageType.Error) diagnostics.Error(at, message.Message);
                    else diagnostics.Warning(at, message.Message);
                }

                continue;
            }

            templates[path[..^".html".Length]] = template;
            texts[path[..^".html".Length]] = text;
        }

        foreach (var required in RequiredTemplates.Where(r => !templates.ContainsKey(r)))
        {
            if (diagnostics.Sorted().Any(d => d.Location.Path == tree.DisplayPath(required + ".html"))) continue;
            diagnostics.Error(SourceLocation.FileOnly(tree.DisplayPath(required + ".html")),
                "this template is required and missing");
        }

        return new TemplateSet(templates, texts, assets, tree, InterfaceStrings.Load(tree, diagnostics));
    }

    /// <summary>The templates a site cannot be built without.</summary>
    public static readonly string[] RequiredTemplates =
    [
        "layouts/base", "pages/home", "pages/article", "pages/sources", "pages/source", "pages/topics",
        "pages/topic", "pages/translators", "pages/translator", "pages/404", "pages/search",
        "pages/archive", "pages/archive-year", "pages/archive-month", "pages/reporters", "pages/reporter",
        "pages/places", "pages/place", "pages/withdrawn",
        "pages/corrections",
    ];

    /// <summary>The parsed template with this name (path without <c>.html</c>).</summary>
    public Template Get(string name) => _templates[name];

    /// <summary>The texts a page of template <paramref name="name"/> can depend on: the layout, the page template and
    /// every partial (includes are chosen at run time).</summary>
    public string DependencyText(string name)
    {
        var builder = new StringBuilder();
        foreach (var (key, text) in _texts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (key == name || key == "layouts/base" || key.StartsWith("partials/", StringComparison.Ordinal))
            {
                builder.Append(key).Append('\0').Append(text).Append('\0');
            }
        }

        builder.Append(Strings.Text);
        return builder.ToString();
    }

    /// <summary>Makes a fresh escaping context whose <c>include</c> finds the already-parsed partials.</summary>
    public HtmlTemplateContext CreateContext()
    {
        var context = new HtmlTemplateContext { TemplateLoader = new Loader() };
        foreach (var (name, template) in _templates)
        {
            if (name.StartsWith("partials/", StringComparison.Ordinal)) context.CachedTemplates[name] = template;
        }

        var overrides = new ScriptObject();
        if (context.BuiltinObject.TryGetValue("include", out var include) && include is IScriptCustomFunction function)
        {
            overrides.SetValue("include", new SafeInclude(function), true);
        }

        context.PushGlobal(overrides);
        return context;
    }

    private sealed class Loader : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
            "partials/" + templateName.Trim().TrimEnd('/').Replace(".html", "", StringComparison.Ordinal);

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, $"no partial template '{templatePath}.html'");

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}
