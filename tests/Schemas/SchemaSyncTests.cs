using System.Text.Json;
using StaticSite.Content;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Schemas;

public class SchemaSyncTests
{
    private static JsonElement Schema(string name) => JsonDocument.Parse(File.ReadAllText(Repo.PathOf("schemas", name + ".schema.json"))).RootElement;

    private static string[] Keys(JsonElement properties) => properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();

    private static string[] Sorted(IEnumerable<string> names) => names.Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void The_article_schema_has_exactly_the_front_matter_fields_the_validator_reads()
    {
        var article = Schema("article");
        var properties = article.GetProperty("properties");

        Assert.Equal(Sorted(FrontMatter.FieldNames), Keys(properties));
        Assert.Equal(Sorted(FrontMatter.SourceFieldNames), Keys(properties.GetProperty("source").GetProperty("properties")));
        Assert.Equal(Sorted(FrontMatter.ArchivedFieldNames), Keys(properties.GetProperty("source").GetProperty("properties").GetProperty("archived").GetProperty("properties")));
        Assert.Equal(Sorted(FrontMatter.ImageFieldNames), Keys(properties.GetProperty("image").GetProperty("properties")));
        Assert.Equal(Sorted(FrontMatter.CorrectionFieldNames), Keys(properties.GetProperty("corrections").GetProperty("items").GetProperty("properties")));
        Assert.Equal(Sorted(FrontMatter.WithdrawnFieldNames), Keys(properties.GetProperty("withdrawn").GetProperty("properties")));
        Assert.False(article.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void The_article_schema_requires_the_fields_the_validator_requires()
    {
        var article = Schema("article");

        var required = article.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal);
        var sourceRequired = article.GetProperty("properties").GetProperty("source").GetProperty("required").EnumerateArray().Select(e => e.GetString()!);

        Assert.Equal(["date", "source", "title", "topics"], required);
        Assert.Equal(["publication"], sourceRequired);
    }

    [Fact]
    public void The_registry_schemas_have_exactly_the_fields_the_loader_reads()
    {
        Assert.Equal(Sorted(SiteConfig.FieldNames), Keys(Schema("site").GetProperty("properties")));
        Assert.Equal(Sorted(SourceInfo.FieldNames), Keys(Schema("sources").GetProperty("additionalProperties").GetProperty("properties")));
        Assert.Equal(Sorted(TopicInfo.FieldNames), Keys(Schema("topics").GetProperty("additionalProperties").GetProperty("properties")));
        Assert.Equal(Sorted(PlaceInfo.FieldNames), Keys(Schema("places").GetProperty("additionalProperties").GetProperty("properties")));
        Assert.Equal(Sorted(PersonInfo.FieldNames), Keys(Schema("people").GetProperty("additionalProperties").GetProperty("properties")));
    }

    [Fact]
    public void The_vscode_settings_map_each_schema_to_its_files()
    {
        var settings = JsonDocument.Parse(File.ReadAllText(Repo.PathOf(".vscode", "settings.json"))).RootElement.GetProperty("yaml.schemas");

        Assert.Equal("content/site.yml", settings.GetProperty("./schemas/site.schema.json").GetString());
        Assert.Equal("content/sources.yml", settings.GetProperty("./schemas/sources.schema.json").GetString());
        Assert.Equal("content/topics.yml", settings.GetProperty("./schemas/topics.schema.json").GetString());
        Assert.Equal("content/places.yml", settings.GetProperty("./schemas/places.schema.json").GetString());
        Assert.Equal("content/people.yml", settings.GetProperty("./schemas/people.schema.json").GetString());
    }
}
