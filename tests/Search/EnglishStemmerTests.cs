using System.Diagnostics;
using StaticSite.Search;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Search;

public sealed class EnglishStemmerTests
{
    private static List<(string Word, string Stem)> Sample() =>
        File.ReadAllLines(Repo.PathOf("tests", "Search", "porter2-sample.txt"))
            .Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split(' ')).Select(p => (p[0], p[1])).ToList();

    /// <summary>Words that exercise each rule of the algorithm besides the sample's.</summary>
    private static readonly string[] Words =
    [
        "protests", "protesters", "protested", "protesting", "generously", "communism", "arsenal", "skies", "dying",
        "news", "inning", "proceeding", "hopping", "hoping", "filing", "cried", "ties", "gaps", "gas", "kiwis", "yelled",
        "sayings", "crying", "by", "say", "fluently", "feed", "agreed", "luxuriated", "national", "relational",
        "sensibility", "hopefulness", "electrical", "adjustment", "adoption", "controll", "rate", "yyyy", "aed",
        "mp4", "naïve", "2024s",
    ];

    [Fact]
    public void The_stemmer_gives_the_Snowball_projects_stems_for_its_sample_vocabulary()
    {
        var wrong = Sample().Where(p => EnglishStemmer.Stem(p.Word) != p.Stem).Select(p => $"{p.Word}: {EnglishStemmer.Stem(p.Word)} (want {p.Stem})").ToList();

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
        Assert.Equal("protest", EnglishStemmer.Stem("protesters"));
        Assert.Equal("mp4", EnglishStemmer.Stem("mp4"));
    }

    [Fact]
    public void The_page_script_stems_every_word_as_the_generator_does()
    {
        var words = Sample().Select(p => p.Word).Concat(Words).ToList();
        var start = new ProcessStartInfo("node") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        start.ArgumentList.Add("-e");
        start.ArgumentList.Add("require(process.argv[1]); const lines = require('fs').readFileSync(0, 'utf8').split('\\n').filter(Boolean); console.log(lines.map(w => globalThis.StaticSiteSearch.stem(w)).join('\\n'));");
        start.ArgumentList.Add(Repo.PathOf("templates", "assets", "search.js"));
        Process? process = null;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            MissingTool.Skip("node is missing, so the page's stemmer was not run: install it with: apt-get install -y nodejs");
        }

        using (process)
        {
            process.StandardInput.Write(string.Join('\n', words));
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
            Assert.Equal(words.Select(EnglishStemmer.Stem), output);
        }
    }
}
