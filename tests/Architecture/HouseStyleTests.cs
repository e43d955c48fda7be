using StaticSite.Tests.Support;

namespace StaticSite.Tests.Architecture;

public sealed class HouseStyleTests
{
    private static IEnumerable<(string File, int Line, string Text)> GeneratorLines() =>
        Directory.EnumerateFiles(Repo.PathOf("generator"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .SelectMany(f => File.ReadAllLines(f).Select((text, i) => (Path.GetRelativePath(Repo.Root, f), i + 1, text)));

    [Fact]
    public void Generator_lines_stay_near_120_characters()
    {
        var wide = GeneratorLines().Where(l => l.Text.Length > 130).Select(l => $"{l.File}:{l.Line} ({l.Text.Length})").ToList();
        Assert.True(wide.Count == 0, "lines over 130 characters:\n" + string.Join('\n', wide));
    }

    [Fact]
    public void Generator_code_names_framework_types_through_using_lines_not_inline()
    {
        var inline = GeneratorLines()
            .Where(l => !l.Text.TrimStart().StartsWith("using ", StringComparison.Ordinal)
                && !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal)
                && System.Text.RegularExpressions.Regex.IsMatch(l.Text, @"(?<![\w.""])System\.[A-Z]\w*\.[A-Z]"))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(inline.Count == 0, "inline System names:\n" + string.Join('\n', inline));
    }
}
