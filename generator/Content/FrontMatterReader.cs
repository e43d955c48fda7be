using StaticSite.Content.Yaml;
using StaticSite.Diagnostics;

namespace StaticSite.Content;

/// <summary>Turns a front-matter mapping into a typed <see cref="FrontMatter"/>, reporting wrong types and unknown
/// fields.</summary>
internal static class FrontMatterReader
{
    /// <summary>Reads every field of the content model from <paramref name="mapping"/>.</summary>
    public static FrontMatter Read(YamlMapping mapping, DiagnosticBag diagnostics)
    {
        var f = new YamlFields(mapping, diagnostics, "the front matter");
        f.WarnUnknown(FrontMatter.FieldNames);

        SourceReference? source = null;
        if (f.Nested("source", "source") is { } s)
        {
            s.WarnUnknown(FrontMatter.SourceFieldNames);
            source = new SourceReference(s.Text("publication"), s.Text("url"), s.Text("title"), s.Text("language"),
                s.Date("published"), f.KeyAt("source")) { Archived = Archived(s) };
        }

        ImageReference? image = null;
        if (f.Nested("image", "image") is { } i)
        {
            i.WarnUnknown(FrontMatter.ImageFieldNames);
            image = new ImageReference(i.Text("src"), i.Text("alt"), i.Text("caption"), i.Text("credit"),
                f.KeyAt("image"));
        }

        var corrections = f.NestedList("corrections", "a correction")
            .Select(c =>
            {
                c.WarnUnknown(FrontMatter.CorrectionFieldNames);
                return new CorrectionEntry(c.Date("date"), c.Text("text"), c.Mapping.At);
            })
            .ToList();

        WithdrawalEntry? withdrawn = null;
        if (f.Nested("withdrawn", "withdrawn") is { } w)
        {
            w.WarnUnknown(FrontMatter.WithdrawnFieldNames);
            withdrawn = new WithdrawalEntry(w.Date("date"), w.Text("reason"), f.KeyAt("withdrawn"));
        }

        return new FrontMatter
        {
            At = mapping.At,
            Title = f.Text("title"),
            Date = f.Date("date"),
            Updated = f.Date("updated"),
            Language = f.Text("language"),
            Slug = f.Text("slug"),
            Summary = f.Text("summary"),
            Authors = f.TextList("author"),
            Translators = f.TextList("translators"),
            Source = source,
            Topics = f.TextList("topics"),
            TopicsAt = f.KeyAt("topics"),
            Places = f.TextList("places"),
            Image = image,
            TranslationKey = f.Text("translation_key"),
            Corrections = corrections,
            Draft = f.Flag("draft"),
            Aliases = f.TextList("aliases"),
            Withdrawn = withdrawn,
            Rejected = f.Rejected,
            Embargo = f.Date("embargo"),
        };
    }

    private static ArchivedReference? Archived(YamlFields source)
    {
        if (source.Nested("archived", "source.archived") is not { } a) return null;
        a.WarnUnknown(FrontMatter.ArchivedFieldNames);
        return new ArchivedReference(a.Text("url"), a.Date("date"), source.KeyAt("archived"));
    }
}
