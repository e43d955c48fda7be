using StaticSite.Content;
using StaticSite.Content.Yaml;
using StaticSite.Diagnostics;

namespace StaticSite.Fuzz;

/// <summary>Runs one input through the front-matter reader (split, YAML, typed fields); any exception is a bug the fuzzer records as a crash.</summary>
public static class FrontMatterTarget
{
    private const string Path = "content/articles/fuzz.md";

    /// <summary>Reads <paramref name="input"/> as an article's text; throws when a diagnostic names another file.</summary>
    public static void Run(byte[] input)
    {
        var diagnostics = new DiagnosticBag();
        var split = FrontMatterSplitter.Split(FuzzCommand.Decode(input), Path, diagnostics);
        if (split is not null && YamlReader.Read(split.FrontMatter, Path, split.FrontMatterLine - 1, diagnostics) is YamlMapping mapping)
        {
            FrontMatterReader.Read(mapping, diagnostics);
        }

        foreach (var diagnostic in diagnostics.Sorted())
        {
            if (diagnostic.Location.Path != Path) throw new FuzzViolation($"diagnostic about another file: {diagnostic}");
        }
    }
}
