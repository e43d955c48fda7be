using StaticSite.Content;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Site;

public class DeterminismTests
{
    [Fact]
    public void Two_in_memory_builds_give_the_same_files_and_bytes_whatever_the_clock()
    {
        var files = TestSite.Basics();
        for (var i = 0; i < 12; i++)
        {
            files[$"articles/r{i:00}.md"] = TestSite.Article($"Report {i}", date: i % 3 == 0 ? "2021-06-09" : $"2021-0{1 + (i % 9)}-1{i % 10}",
                topics: i % 2 == 0 ? "[censorship, technology]" : "[technology]");
            if (i % 4 == 0) files[$"articles/r{i:00}.md"] = files[$"articles/r{i:00}.md"].Replace("[Yongmin Lee]", "[Second Person, Yongmin Lee]", StringComparison.Ordinal);
        }

        var first = TestSite.Build(files, new BuildOptions { Now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) });
        var second = TestSite.Build(files, new BuildOptions { Now = new DateTimeOffset(2027, 5, 5, 13, 0, 0, TimeSpan.FromHours(9)) });

        Assert.Empty(first.Errors());
        Assert.Equal(first.Paths(), second.Paths());
        foreach (var file in first.Output!.Files)
        {
            Assert.True(file.ReadBytes().AsSpan().SequenceEqual(second.Output!.Get(file.Path)!.ReadBytes()), $"{file.Path} differs between builds");
            var text = !file.Path.EndsWith(".bin", StringComparison.Ordinal); // the search index's gzip files
            if (file.Bytes is not null && text) Assert.DoesNotContain((byte)'\r', file.Bytes);
        }
    }
}
