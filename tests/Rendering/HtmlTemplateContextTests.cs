using Scriban;
using Scriban.Runtime;
using StaticSite.Content.Files;
using StaticSite.Diagnostics;
using StaticSite.Rendering;
using StaticSite.Rendering.Models;

namespace StaticSite.Tests.Rendering;

public class HtmlTemplateContextTests
{
    private sealed record Model(string Name, IReadOnlyList<string> Places, string? Missing);

    private static string Render(string template, object value)
    {
        var context = new HtmlTemplateContext();
        var globals = new ScriptObject();
        globals.SetValue("x", value, true);
        context.PushGlobal(globals);
        return Template.Parse(template).Render(context);
    }

    [Fact]
    public void A_printed_string_is_html_encoded_in_text_and_attributes()
    {
        var html = Render("<p title=\"{{ x }}\">{{ x }}</p>", "<script>alert(\"x\")</script> & 'quote'");

        Assert.Equal("<p title=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quote&#39;\">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quote&#39;</p>", html);
    }

    [Fact]
    public void Model_properties_and_list_items_are_encoded()
    {
        var html = Render("{{ x.name }}|{{ for p in x.places }}{{ p }};{{ end }}|{{ x.missing }}|", new Model("<b>Kim</b>", ["<i>Pyongyang</i>", "a\"b"], null));

        Assert.Equal("&lt;b&gt;Kim&lt;/b&gt;|&lt;i&gt;Pyongyang&lt;/i&gt;;a&quot;b;||", html);
    }

    [Fact]
    public void Text_that_already_looks_encoded_is_encoded_again()
    {
        Assert.Equal("&amp;lt;b&amp;gt;", Render("{{ x }}", "&lt;b&gt;"));
    }

    [Fact]
    public void Values_built_in_the_template_are_encoded_too()
    {
        Assert.Equal("&lt;b&gt;x", Render("{{ \"<b>\" + x }}", "x"));
        Assert.Equal("&lt;I&gt;", Render("{{ x | string.upcase }}", "<i>"));
    }

    [Fact]
    public void Safe_html_is_written_as_it_is()
    {
        Assert.Equal("<div><p>Body &amp; more</p></div>", Render("<div>{{ x }}</div>", new SafeHtml("<p>Body &amp; more</p>")));
    }

    [Fact]
    public void Literal_template_text_is_not_touched()
    {
        Assert.Equal("<a href=\"/x\">&amp; 'y'</a>", Render("<a href=\"/x\">&amp; 'y'</a>", ""));
    }

    [Fact]
    public void An_included_partial_is_encoded_once_not_twice()
    {
        var tree = new MemoryFileTree(new Dictionary<string, string>
        {
            ["partials/name.html"] = "<b>{{ x }}</b>",
            ["pages/page.html"] = "<p>{{ include \"name\" }}</p><p>{{ x }}</p>",
        }, "templates");
        var set = TemplateSet.Load(tree, new DiagnosticBag());
        var context = set.CreateContext();
        var globals = new ScriptObject();
        globals.SetValue("x", "<Kim & Lee>", true);
        context.PushGlobal(globals);

        var html = set.Get("pages/page").Render(context);

        Assert.Equal("<p><b>&lt;Kim &amp; Lee&gt;</b></p><p>&lt;Kim &amp; Lee&gt;</p>", html);
    }

    [Fact]
    public void A_template_syntax_error_is_a_diagnostic_at_its_line()
    {
        var tree = new MemoryFileTree(new Dictionary<string, string> { ["pages/home.html"] = "<p>\n{{ if }}\n" }, "templates");
        var diagnostics = new DiagnosticBag();

        TemplateSet.Load(tree, diagnostics);

        Assert.Contains(diagnostics.Sorted(), d => d.Severity == Severity.Error && d.Location.Path == "templates/pages/home.html" && d.Location.Line == 2);
    }

    [Fact]
    public void A_missing_required_template_is_named()
    {
        var diagnostics = new DiagnosticBag();

        TemplateSet.Load(new MemoryFileTree(new Dictionary<string, string>(), "templates"), diagnostics);

        Assert.Contains(diagnostics.Sorted(), d => d.ToString() == "templates/pages/article.html:1:1: error: this template is required and missing");
    }

    [Fact]
    public void A_partial_included_as_a_statement_prints_what_scribans_own_include_prints_indented_captured_with_arguments_and_locals()
    {
        var tree = new MemoryFileTree(new Dictionary<string, string>
        {
            ["partials/line.html"] = "<i>{{ x }}</i> {{ $1 }}\n{{~ $seen = \"inside\" ~}}\n  {{ for n in [1, 2] }}<b>{{ n }}</b>\n  {{ end }}",
            ["partials/nested.html"] = "[{{ include \"line\" \"nested\" }}]",
            ["pages/page.html"] = "A{{ include \"line\" \"one\" }}B\n    {{ include \"line\" \"indented\" }}\n{{ y = include \"line\" \"captured\" }}({{ y }})\n{{ include \"nested\" }}\n{{ $seen ?? \"no local leaked\" }} {{ $ == null ? \"no arguments leaked\" : \"arguments leaked\" }}",
        }, "templates");
        var set = TemplateSet.Load(tree, new DiagnosticBag());
        var context = set.CreateContext();
        var globals = new ScriptObject();
        globals.SetValue("x", "<Kim>", true);
        context.PushGlobal(globals);

        var html = set.Get("pages/page").Render(context);

        Assert.Equal("A<i>&lt;Kim&gt;</i> one\n  <b>1</b>\n    <b>2</b>\n    B\n    <i>&lt;Kim&gt;</i> indented\n      <b>1</b>\n        <b>2</b>\n        \n(<i>&lt;Kim&gt;</i> captured\n  <b>1</b>\n    <b>2</b>\n    )\n[<i>&lt;Kim&gt;</i> nested\n  <b>1</b>\n    <b>2</b>\n    ]\nno local leaked no arguments leaked", html);
    }

    [Fact]
    public void The_page_character_limit_counts_each_page_on_its_own_so_one_context_renders_many_large_pages()
    {
        var page = Template.Parse("{{ x }}");
        var layout = Template.Parse("<main>{{ content }}</main>\n");
        var context = new HtmlTemplateContext();
        var globals = new ScriptObject();
        globals.SetValue("x", new string('a', 900_000), true);
        context.PushGlobal(globals);

        for (var i = 0; i < 20; i++)
        {
            globals.SetValue("content", context.RenderContent(page), true);
            var html = context.RenderPage(layout).ToString();
            Assert.Equal(900_000 + "<main></main>\n".Length, html.Length);
            Assert.EndsWith("a</main>\n", html);
        }

        Assert.True(20 * 900_000 > HtmlTemplateContext.PageCharacterLimit);
    }
}
