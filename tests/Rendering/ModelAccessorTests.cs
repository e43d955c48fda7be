using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Scriban.Runtime.Accessors;
using StaticSite.Rendering;
using StaticSite.Rendering.Models;

namespace StaticSite.Tests.Rendering;

public class ModelAccessorTests
{
    private static readonly Type[] ModelTypes = typeof(PageModel).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(PageModel).Namespace && !t.IsNested && !t.IsAbstract && !t.Name.StartsWith('<') && t != typeof(SafeHtml))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToArray();

    [Fact]
    public void Every_page_model_type_has_a_typed_accessor()
    {
        Assert.NotEmpty(ModelTypes);
        Assert.Equal(ModelTypes.Select(t => t.Name), ModelAccessors.Types.Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void A_typed_accessor_offers_the_members_scribans_reflection_accessor_offers()
    {
        var context = new TemplateContext();
        foreach (var type in ModelTypes)
        {
            var reflected = new TypedObjectAccessor(type, null, null).GetMembers(context, default, null!).Order(StringComparer.Ordinal);
            var typed = ModelAccessors.For(type)!.GetMembers(context, default, null!).Order(StringComparer.Ordinal);
            Assert.Equal(reflected, typed);
        }
    }

    [Fact]
    public void The_html_context_reads_models_through_the_typed_accessor()
    {
        var context = new HtmlTemplateContext();

        Assert.Same(ModelAccessor<PageLinkModel>.Instance, context.GetMemberAccessor(new PageLinkModel(1, "/", true)));
        Assert.IsType<TypedObjectAccessor>(context.GetMemberAccessor(new Uri("https://example.org/")));
    }

    [Fact]
    public void Strings_numbers_booleans_nulls_and_lists_read_through_the_typed_accessor_render_as_through_reflection()
    {
        const string template =
            "{{ x.current }}/{{ x.total }} {{ x.previous_url ?? 'none' }} {{ x.next_url }} " +
            "{{ for p in x.pages }}[{{ p.number + 1 }} {{ p.url }} {{ p.is_current }} {{ if p.is_current }}here{{ else }}there{{ end }}]{{ end }} " +
            "{{ x.pages.size }}";
        var model = new PaginationModel(2, 3, null, "/page/3/", [new PageLinkModel(1, "/", false), new PageLinkModel(2, "/page/2/", true)]);

        Assert.Equal(Render(new TemplateContext(), template, model), Render(new HtmlTemplateContext(), template, model));
        Assert.Equal("2/3 none /page/3/ [2 / false there][3 /page/2/ true here] 2", Render(new HtmlTemplateContext(), template, model));
    }

    [Fact]
    public void A_template_reading_a_member_its_model_lacks_fails_at_that_place_naming_the_members_it_has()
    {
        var model = new PaginationModel(2, 3, null, "/page/3/", []);

        var error = Assert.Throws<ScriptRuntimeException>(() => Render(new HtmlTemplateContext(), "page {{ x.totl }}", model));

        Assert.Equal(1, error.Span.Start.Line + 1);
        Assert.Equal(11, error.Span.Start.Column + 1);
        Assert.Equal("'totl' is not a member of the pagination model (PaginationModel) (did you mean 'total'?); "
            + "its members are: current, next_url, pages, previous_url, total", error.OriginalMessage);
    }

    private static string Render(TemplateContext context, string template, object model)
    {
        var globals = new ScriptObject();
        globals.SetValue("x", model, true);
        context.PushGlobal(globals);
        return Template.Parse(template).Render(context);
    }
}
