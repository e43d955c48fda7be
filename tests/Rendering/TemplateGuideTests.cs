using System.Reflection;
using System.Text;
using System.Xml.Linq;
using Scriban.Runtime;
using StaticSite.Rendering;
using StaticSite.Rendering.Models;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Rendering;

/// <summary>Keeps the member tables of docs/TEMPLATES.md the same as the model types templates read; run with
/// <c>UPDATE_DOCS=1</c> to rewrite them after changing a model.</summary>
public sealed class TemplateGuideTests
{
    private const string Start = "<!-- members: written by tests/Rendering/TemplateGuideTests.cs (UPDATE_DOCS=1 dotnet test --filter TemplateGuide) -->";
    private const string End = "<!-- end of members -->";

    [Fact]
    public void The_template_guide_lists_every_member_of_every_model_a_template_reads()
    {
        var path = Repo.PathOf("docs", "TEMPLATES.md");
        var text = File.ReadAllText(path);
        var from = text.IndexOf(Start, StringComparison.Ordinal);
        var to = text.IndexOf(End, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, "docs/TEMPLATES.md has no member section between its markers");
        var expected = Start + "\n\n" + Tables() + End;
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, text[..from] + expected + text[(to + End.Length)..]);
            return;
        }

        Assert.Equal(expected, text[from..(to + End.Length)]);
    }

    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>One table a model type: the page models first (as templates meet them), then what they hold.</summary>
    private static string Tables()
    {
        var summaries = Summaries();
        var text = new StringBuilder();
        var types = ModelAccessors.Types
            .OrderBy(t => t == typeof(SiteModel) ? 0 : typeof(PageModel).IsAssignableFrom(t) ? 1 : 2)
            .ThenBy(t => t.Name, StringComparer.Ordinal);
        foreach (var type in types)
        {
            text.Append("### ").Append(type.Name).Append("\n\n");
            if (summaries.TryGetValue("T:" + type.FullName, out var about)) text.Append(about).Append("\n\n");
            text.Append("| member | value | what it is |\n|---|---|---|\n");
            var members = ModelAccessors.For(type)!.GetMembers(new Scriban.TemplateContext(), default, null!).Order(StringComparer.Ordinal);
            foreach (var member in members)
            {
                var property = Property(type, member);
                var summary = Summary(summaries, property);
                text.Append($"| `{member}` | {Describe(property)} | {summary.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The property's summary, or the one of the property it overrides.</summary>
    private static string Summary(Dictionary<string, string> summaries, PropertyInfo property)
    {
        for (var type = property.DeclaringType; type is not null; type = type.BaseType)
        {
            if (summaries.TryGetValue("P:" + type.FullName + "." + property.Name, out var summary)) return summary;
        }

        return "";
    }

    private static PropertyInfo Property(Type type, string member) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .First(p => (StandardMemberRenamer.Default(p) is { Length: > 0 } name ? name : p.Name) == member);

    private static string Describe(PropertyInfo property)
    {
        var nullable = !property.PropertyType.IsValueType && Nullability.Create(property).ReadState == NullabilityState.Nullable;
        return Describe(property.PropertyType) + (nullable ? " or null" : "");
    }

    private static string Describe(Type type)
    {
        if (type == typeof(string)) return "text";
        if (type == typeof(int)) return "number";
        if (type == typeof(bool)) return "true or false";
        if (type == typeof(SafeHtml)) return "HTML, printed as it is";
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)) return "list of " + Describe(type.GetGenericArguments()[0]);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
        {
            return "map of name to " + Describe(type.GetGenericArguments()[1]);
        }

        return ModelAccessors.Types.Contains(type) ? $"[{type.Name}](#{type.Name.ToLowerInvariant()})" : type.Name;
    }

    /// <summary>The generator's XML documentation, member id to summary text on one line.</summary>
    private static Dictionary<string, string> Summaries()
    {
        var file = Directory.EnumerateFiles(Repo.PathOf("generator", "bin"), "staticsite.xml", SearchOption.AllDirectories)
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .First();
        return XDocument.Load(file).Descendants("member")
            .Where(m => m.Element("summary") is not null)
            .ToDictionary(
                m => m.Attribute("name")!.Value,
                m => string.Join(' ', string.Concat(m.Element("summary")!.Nodes().Select(Text))
                    .Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)),
                StringComparer.Ordinal);
    }

    private static string Text(XNode node) => node switch
    {
        XText text => text.Value,
        XElement { Name.LocalName: "c" } code => "`" + code.Value + "`",
        XElement { Name.LocalName: "see" } see => "`" + (see.Attribute("cref")?.Value.Split('.')[^1] ?? see.Value) + "`",
        XElement { Name.LocalName: "paramref" } param => "`" + param.Attribute("name")?.Value + "`",
        XElement element => element.Value,
        _ => "",
    };
}
