using StaticSite.Content;
using StaticSite.Indexing;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Indexing;

public class SiteIndexerTests
{
    private static Dictionary<string, string> Files()
    {
        var files = TestSite.Basics();
        files["topics.yml"] += "economy:\n  title: Economy\n  description: Markets.\nhealth:\n  title: Health\n  description: Hospitals.\n";
        files["sources.yml"] += "rfa:\n  name: Radio Free Asia\n  language: ko\n";
        files["articles/a.md"] = TestSite.Article("A", date: "2021-01-01", topics: "[censorship, technology]");
        files["articles/b.md"] = TestSite.Article("B", date: "2021-03-01", topics: "[censorship, technology, economy]");
        files["articles/c.md"] = TestSite.Article("C", date: "2021-02-01", topics: "[economy]").Replace("daily-nk", "rfa", StringComparison.Ordinal);
        files["articles/d.md"] = TestSite.Article("D", date: "2021-04-01", topics: "[censorship]").Replace("[Yongmin Lee]", "[Yongmin Lee, José Park]", StringComparison.Ordinal);
        files["articles/e.md"] = TestSite.Article("E", date: "2021-05-01", topics: "[health]");
        return files;
    }

    private static IEnumerable<string> Slugs(IEnumerable<Article> articles) => articles.Select(a => a.Slug);

    [Fact]
    public void Articles_are_newest_first()
    {
        var index = TestSite.Index(Files());

        Assert.Equal(["e", "d", "b", "c", "a"], Slugs(index.Articles));
    }

    [Fact]
    public void Articles_on_the_same_day_are_ordered_by_slug()
    {
        var files = TestSite.Basics();
        foreach (var slug in new[] { "zeta", "alpha", "mid" }) files[$"articles/{slug}.md"] = TestSite.Article(slug);

        Assert.Equal(["alpha", "mid", "zeta"], Slugs(TestSite.Index(files).Articles));
    }

    [Fact]
    public void Sources_topics_and_translators_list_their_articles_newest_first()
    {
        var index = TestSite.Index(Files());

        Assert.Equal(["e", "d", "b", "a"], Slugs(index.BySource["daily-nk"]));
        Assert.Equal(["c"], Slugs(index.BySource["rfa"]));
        Assert.Equal(["d", "b", "a"], Slugs(index.ByTopic["censorship"]));
        Assert.Equal(["b", "c"], Slugs(index.ByTopic["economy"]));
        var yongmin = Assert.Single(index.Translators, t => t.Name == "Yongmin Lee");
        Assert.Equal("yongmin-lee", yongmin.Slug);
        Assert.Equal(["e", "d", "b", "c", "a"], Slugs(yongmin.Articles));
        Assert.Equal(["d"], Slugs(Assert.Single(index.Translators, t => t.Name == "José Park").Articles));
    }

    [Fact]
    public void Sources_and_topics_are_in_name_order_and_include_those_without_articles()
    {
        var files = Files();
        files["topics.yml"] += "unused:\n  title: Aardvarks\n";

        var index = TestSite.Index(files);

        Assert.Equal(["Daily NK", "Radio Free Asia"], index.Sources.Select(s => s.Name));
        Assert.Equal(["Aardvarks", "Censorship", "Economy", "Health", "Technology"], index.Topics.Select(t => t.Title));
        Assert.Empty(index.ByTopic["unused"]);
    }

    [Fact]
    public void Related_articles_share_topics_most_shared_first()
    {
        var index = TestSite.Index(Files());
        var a = index.Articles.Single(x => x.Slug == "a");

        Assert.Equal(["b", "d"], Slugs(index.Links[a].Related));
    }

    [Fact]
    public void An_article_that_shares_no_topic_has_no_related_articles()
    {
        var index = TestSite.Index(Files());

        Assert.Empty(index.Links[index.Articles.Single(x => x.Slug == "e")].Related);
    }

    [Fact]
    public void Related_articles_are_capped()
    {
        var files = TestSite.Basics();
        for (var i = 0; i < SiteIndexer.RelatedCount + 3; i++) files[$"articles/a{i}.md"] = TestSite.Article($"A{i}", date: $"2021-01-{i + 1:00}");

        var index = TestSite.Index(files);

        Assert.All(index.Articles, a => Assert.Equal(SiteIndexer.RelatedCount, index.Links[a].Related.Count));
        Assert.All(index.Articles, a => Assert.DoesNotContain(a, index.Links[a].Related));
    }

    [Fact]
    public void Older_and_newer_follow_the_newest_first_order()
    {
        var index = TestSite.Index(Files());
        var byslug = index.Articles.ToDictionary(a => a.Slug);

        Assert.Null(index.Links[byslug["e"]].Newer);
        Assert.Equal("d", index.Links[byslug["e"]].Older!.Slug);
        Assert.Equal("d", index.Links[byslug["b"]].Newer!.Slug);
        Assert.Equal("c", index.Links[byslug["b"]].Older!.Slug);
        Assert.Null(index.Links[byslug["a"]].Older);
    }

    [Fact]
    public void A_translator_name_without_ascii_letters_gets_a_stable_slug()
    {
        var slug = SiteIndexer.SlugForTranslator("김유진");

        Assert.Equal(slug, SiteIndexer.SlugForTranslator("김유진"));
        Assert.NotEqual(slug, SiteIndexer.SlugForTranslator("이용민"));
        Assert.True(StaticSite.Content.Slugs.IsSafe(slug));
    }
}
