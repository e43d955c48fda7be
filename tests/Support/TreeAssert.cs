namespace StaticSite.Tests.Support;

/// <summary>Compares two folders file by file, failing with the first paths that differ.</summary>
public static class TreeAssert
{
    /// <summary>Asserts both folders hold the same relative paths with byte-identical contents.</summary>
    public static void Identical(string expected, string actual)
    {
        var left = Files(expected);
        var right = Files(actual);
        Assert.Equal(left.Keys.ToList(), right.Keys.ToList());
        var different = left.Keys.Where(k => !left[k].AsSpan().SequenceEqual(right[k])).ToList();
        Assert.True(different.Count == 0, "files differ: " + string.Join(", ", different.Take(10)));
    }

    private static SortedDictionary<string, byte[]> Files(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);
}
