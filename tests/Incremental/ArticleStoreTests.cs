using System.Text.Json;
using StaticSite.Content;
using StaticSite.Content.Files;
using StaticSite.Diagnostics;
using StaticSite.Incremental;

namespace StaticSite.Tests.Incremental;

public sealed class ArticleStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("staticsite-store-").FullName;

    public void Dispose() => Directory.Delete(_folder, true);

    private const string Text = """
        ---
        title: "Every field"
        date: 2021-06-09
        updated: 2021-06-10T08:30:00+09:00
        language: en
        slug: every-field
        summary: "A summary."
        author: [Kim Yoo Jin]
        translators: [Yongmin Lee, Another Person]
        source:
          publication: daily-nk
          url: https://www.dailynk.com/example
          title: "원문 제목"
          language: ko
          published: 2021-06-08
        topics: [censorship, technology]
        places: [Pyongyang]
        image:
          src: /media/photo.jpg
          alt: "A photo"
          caption: "Caption"
          credit: "Credit"
        translation_key: every
        corrections:
          - date: 2021-06-11
            text: "Fixed a name."
        draft: true
        colour: blue
        ---
        Body text.
        """;

    /// <summary>The article file as a tree on disk would show it: with <paramref name="stamp"/>, named under <paramref name="root"/>.</summary>
    private static ArticleSource Source(FileStamp? stamp, string root = "content") =>
        new(new StampedTree(new MemoryFileTree(new Dictionary<string, string> { ["articles/every-field.md"] = Text }, root), stamp), "articles/every-field.md");

    private static (ArticleFile File, IReadOnlyList<Diagnostic> Diagnostics) Parse()
    {
        var tree = new MemoryFileTree(new Dictionary<string, string> { ["articles/every-field.md"] = Text }, "content");
        var diagnostics = new DiagnosticBag();
        var file = new ContentLoader().LoadArticle(tree, "articles/every-field.md", diagnostics)!;
        return (file, diagnostics.Sorted());
    }

    /// <summary>Parses the article, stores it with <paramref name="stamp"/> and saves the store as generator <paramref name="version"/>.</summary>
    private (ArticleFile File, IReadOnlyList<Diagnostic> Found, string Path) SaveParsed(FileStamp stamp, string version)
    {
        var (file, found) = Parse();
        var store = ArticleStore.OnDisk();
        store.Remember(Source(stamp), file.FileHash, file, found);
        var path = Path.Combine(_folder, "articles.bin");
        store.Save(path, version);
        return (file, found, path);
    }

    [Fact]
    public void Records_set_aside_after_loading_replace_the_old_store_only_when_saved()
    {
        var stamp = new FileStamp(10, 20);
        var (file, found, path) = SaveParsed(stamp, "v1");
        var before = File.ReadAllBytes(path);
        var store = ArticleStore.OnDisk();
        store.Remember(Source(new FileStamp(11, 21)), file.FileHash, file, found);

        store.SetAside(path, "v1");

        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.True(File.Exists(path + ".next"));
        Assert.False(store.TryRecall(Source(new FileStamp(11, 21)), null, new DiagnosticBag(), out _));
        store.Save(path, "v1");
        Assert.False(File.Exists(path + ".next"));
        Assert.True(ArticleStore.Load(path, "v1").TryRecall(Source(new FileStamp(11, 21)), null, new DiagnosticBag(),
            out var back));
        Assert.Equal(file.FrontMatter!.Title!.Value, back!.FrontMatter!.Title!.Value);
    }

    [Fact]
    public void A_stored_file_reads_back_with_every_field_position_and_problem_it_was_stored_with()
    {
        var stamp = new FileStamp(Text.Length, 638_000_000_000_000_000);
        var (file, found, path) = SaveParsed(stamp, "v1");
        Assert.Contains(found, d => d.Message.Contains("colour", StringComparison.Ordinal));

        var loaded = ArticleStore.Load(path, "v1");
        var diagnostics = new DiagnosticBag();
        Assert.True(loaded.TryRecall(Source(stamp), null, diagnostics, out var back));

        Assert.Equal(JsonSerializer.Serialize(file.FrontMatter), JsonSerializer.Serialize(back!.FrontMatter));
        Assert.Equal(file.Body.Hash, back.Body.Hash);
        Assert.Equal(file.BodyLine, back.BodyLine);
        Assert.Equal(found, diagnostics.Sorted());
    }

    [Fact]
    public void A_file_with_another_size_or_time_or_a_store_from_another_generator_build_is_parsed_again()
    {
        var stamp = new FileStamp(100, 5);
        var (file, found, path) = SaveParsed(stamp, "v1");

        var loaded = ArticleStore.Load(path, "v1");
        Assert.False(loaded.TryRecall(Source(stamp with { Length = 101 }), null, new DiagnosticBag(), out _));
        Assert.False(loaded.TryRecall(Source(stamp with { LastWriteTicks = 6 }), null, new DiagnosticBag(), out _));
        Assert.False(ArticleStore.Load(path, "v2").TryRecall(Source(stamp), null, new DiagnosticBag(), out _));
        Assert.True(loaded.TryRecall(Source(stamp), null, new DiagnosticBag(), out _));
    }

    [Fact]
    public void A_file_whose_stamp_changed_but_not_its_bytes_is_recalled_by_its_hash_and_one_with_other_bytes_is_not()
    {
        var stamp = new FileStamp(100, 5);
        var (file, _, path) = SaveParsed(stamp, "v1");

        var loaded = ArticleStore.Load(path, "v1");
        Assert.True(loaded.TryRecall(Source(stamp with { LastWriteTicks = 6 }), file.FileHash, new DiagnosticBag(), out var back));
        Assert.Equal(file.FileHash, back!.FileHash);
        Assert.False(loaded.TryRecall(Source(stamp), new byte[32], new DiagnosticBag(), out _));
    }

    [Fact]
    public void A_store_in_memory_never_trusts_a_stamp_alone_and_forgets_files_a_build_did_not_read()
    {
        var (file, found) = Parse();
        var stamp = new FileStamp(100, 5);
        var store = ArticleStore.InMemory();
        store.Remember(Source(stamp), file.FileHash, file, found);

        Assert.False(store.TryRecall(Source(stamp), null, new DiagnosticBag(), out _));
        Assert.True(store.TryRecall(Source(stamp), file.FileHash, new DiagnosticBag(), out _));
        store.Advance();
        Assert.True(store.TryRecall(Source(stamp), file.FileHash, new DiagnosticBag(), out _));
        store.Advance();
        store.Advance();
        Assert.False(store.TryRecall(Source(stamp), file.FileHash, new DiagnosticBag(), out _));
    }

    [Fact]
    public void A_file_stored_under_one_spelling_of_the_content_folder_is_reused_under_another_with_every_position_there()
    {
        var stamp = new FileStamp(100, 5);
        var (file, found, path) = SaveParsed(stamp, "v1");
        var elsewhere = "/srv/site/" + file.DisplayPath;

        var diagnostics = new DiagnosticBag();
        Assert.True(ArticleStore.Load(path, "v1").TryRecall(Source(stamp, "/srv/site/content"), null, diagnostics, out var back));

        Assert.Equal(elsewhere, back!.DisplayPath);
        Assert.Equal(found.Select(d => d with { Location = d.Location with { Path = elsewhere } }), diagnostics.Sorted());
        Assert.Equal(elsewhere, back.FrontMatter.Title!.Value.At.Path);
        Assert.DoesNotContain(file.DisplayPath + "\"", JsonSerializer.Serialize(back.FrontMatter).Replace(elsewhere, "", StringComparison.Ordinal));
    }

    /// <summary>A tree whose every file has the same stamp, as a folder listing on disk would give.</summary>
    private sealed class StampedTree(IFileTree inner, FileStamp? stamp) : IFileTree
    {
        public IReadOnlyList<string> List() => inner.List();

        public string ReadText(string relativePath) => inner.ReadText(relativePath);

        public byte[] ReadBytes(string relativePath) => inner.ReadBytes(relativePath);

        public string DisplayPath(string relativePath) => inner.DisplayPath(relativePath);

        public bool TryGetStamp(string relativePath, out FileStamp found)
        {
            found = stamp ?? default;
            return stamp is not null;
        }
    }
}
