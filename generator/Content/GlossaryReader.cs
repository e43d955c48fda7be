using StaticSite.Content.Files;
using StaticSite.Diagnostics;

namespace StaticSite.Content;

/// <summary>Reads the optional <c>glossary.yml</c>: each entry needs a preferred form; a variant may not be a
/// preferred form itself, and a variant listed under two entries is reported, since it could only ever suggest
/// one.</summary>
internal static class GlossaryReader
{
    /// <summary>The file's name in the content folder.</summary>
    public const string FileName = "glossary.yml";

    /// <summary>The entries of <c>glossary.yml</c>, in the file's order; empty when there is no such file.</summary>
    public static IReadOnlyList<GlossaryEntry> Read(IFileTree tree, IReadOnlyList<string> files,
        DiagnosticBag diagnostics)
    {
        if (!files.Contains(FileName)) return [];
        var entries = RegistryLoader.ReadEntries<Located<GlossaryEntry>?>(tree, files, FileName, "glossary entry",
            (GlossaryEntry.FieldNames, "a 'preferred' form"), diagnostics, (entry, g) =>
            {
                var preferred = g.Text("preferred");
                if (preferred is null)
                {
                    diagnostics.Error(entry.KeyAt, $"glossary entry '{entry.Key}' needs a 'preferred' form");
                    return null;
                }

                var kind = g.Text("kind");
                if (kind is { } k && !GlossaryEntry.Kinds.Contains(k.Value))
                {
                    diagnostics.Error(k.At, $"'kind' must be one of {string.Join(", ", GlossaryEntry.Kinds)}, not " +
                        $"'{k.Value}'{Suggestions.DidYouMean(k.Value, GlossaryEntry.Kinds)}");
                }

                var variants = g.TextList("variants");
                foreach (var same in variants.Where(v => v.Value == preferred.Value.Value))
                {
                    diagnostics.Error(same.At, $"the variant '{same.Value}' is the preferred form itself");
                }

                return new Located<GlossaryEntry>(new GlossaryEntry(entry.Key, preferred.Value.Value,
                    variants.Where(v => v.Value != preferred.Value.Value).Select(v => v.Value).ToList(),
                    kind?.Value ?? "term", g.Text("original")?.Value, g.Text("note")?.Value,
                    g.Flag("ignore_case"), entry.KeyAt), variants.Count > 0 ? variants[0].At : entry.KeyAt);
            });
        var list = entries.Values.OfType<Located<GlossaryEntry>>().ToList();
        ReportClashes(list, diagnostics);
        return list.Select(e => e.Value).ToList();
    }

    /// <summary>Reports a variant that is another entry's preferred form, or listed by two entries.</summary>
    private static void ReportClashes(List<Located<GlossaryEntry>> entries, DiagnosticBag diagnostics)
    {
        var preferred = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in entries) preferred.TryAdd(e.Value.Preferred, e.Value.Key);
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (entry, at) in entries)
        {
            foreach (var variant in entry.Variants)
            {
                if (preferred.TryGetValue(variant, out var owner) && owner != entry.Key)
                {
                    diagnostics.Warning(at, $"the variant '{variant}' of '{entry.Key}' is the preferred form of " +
                        $"'{owner}', so it is never flagged");
                }
                else if (!seen.TryAdd(variant, entry.Key) && seen[variant] != entry.Key)
                {
                    diagnostics.Warning(at, $"the variant '{variant}' is listed under both '{seen[variant]}' and " +
                        $"'{entry.Key}'; only the first is suggested");
                }
            }
        }
    }
}
