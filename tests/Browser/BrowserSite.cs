using StaticSite.Content;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Browser;

/// <summary>The small site the browser checks run on: every kind of page, an article with every optional part, two languages and pagination, built with the real templates.</summary>
internal static class BrowserSite
{
    /// <summary>The site's base path, as its <c>base_url</c> gives it.</summary>
    public const string BasePath = "/reports/";

    /// <summary>One page of each kind (name → path under the base path), in the order readers meet them.</summary>
    public static IReadOnlyList<(string Kind, string Path)> PageKinds { get; } =
    [
        ("home", ""),
        ("home page 2", "page/2/"),
        ("article", "articles/private-video-ban/"),
        ("sources", "sources/"),
        ("source", "sources/daily-nk/"),
        ("topics", "topics/"),
        ("topic", "topics/censorship/"),
        ("translators", "translators/"),
        ("translator", "translators/yongmin-lee/"),
        ("search", "search/"),
        ("search results", "search/?q=wedding+video"),
        ("archive", "archive/"),
        ("archive year", "archive/2021/"),
        ("archive month", "archive/2021/06/"),
        ("reporters", "reporters/"),
        ("reporter", "reporters/kim-yoo-jin/"),
        ("places", "places/"),
        ("place", "places/pyongyang/"),
        ("withdrawn", "articles/currency-rumour/"),
        ("korean home", "ko/"),
        ("korean article", "ko/articles/private-video-ban-ko/"),
        ("korean place", "ko/places/pyongyang/"),
        ("corrections", "corrections/"),
        ("not found", "404.html"),
    ];

    /// <summary>The output file a page path is served from.</summary>
    public static string FileOf(string path)
    {
        var file = path.Split('?')[0];
        return file.Length == 0 || file.EndsWith('/') ? file + "index.html" : file;
    }

    /// <summary>An earlier address of the article the checks follow, which redirects to it.</summary>
    public const string OldAddress = "articles/video-ban/";

    /// <summary>The title of the article the checks follow.</summary>
    public const string ArticleTitle = "North Korea bans sharing of private video content";

    /// <summary>The photograph the Korean article shows (a generated picture with EXIF GPS, as a phone writes
    /// it).</summary>
    public static Dictionary<string, byte[]> Media() => new() { ["media/market.jpg"] = TestPhotos.Jpeg(2000, 1333) };

    /// <summary>The content files.</summary>
    public static Dictionary<string, string> Files()
    {
        var files = TestSite.Basics();
        files["site.yml"] = "title: Translated Reports\ndescription: English translations of reporting from inside North Korea.\nbase_url: https://example.org/reports/\nlanguage: en\nlanguages: [en, ko]\npage_size: 2\narticle_cards: true\n";
        files["sources.yml"] += "rfa:\n  name: Radio Free Asia\n  url: https://www.rfa.org/korean/\n  language: ko\n  description: Broadcaster with a Korean service.\n";
        files["topics.yml"] += "youth:\n  title: Youth and culture\n  description: Music, film and fashion among young people.\n";
        files["places.yml"] = "pyongyang:\n  name: Pyongyang\n  names: {ko: 평양}\n  coordinates: [39.03, 125.75]\n  description: The capital.\n"
            + "south-pyongan-province:\n  name: South Pyongan Province\n  names: {ko: 평안남도}\n";
        files["people.yml"] = "example-reporter:\n  name: Example Reporter\n  names: {ko: 예시 기자}\n  bio: An example entry, not a real person.\n  same_as: https://example.org/people/example-reporter\n";
        files["media/players.svg"] =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"360\" viewBox=\"0 0 640 360\"><rect width=\"640\" height=\"360\" fill=\"#d9d4c7\"/>"
            + "<rect x=\"120\" y=\"90\" width=\"160\" height=\"180\" rx=\"12\" fill=\"#3a3a38\"/><rect x=\"360\" y=\"110\" width=\"120\" height=\"150\" rx=\"10\" fill=\"#6b6b66\"/></svg>";
        files["articles/2021/private-video-ban.md"] = """
            ---
            title: North Korea bans sharing of private video content
            date: 2021-06-09
            updated: 2021-06-11
            slug: private-video-ban
            summary: Residents caught sharing wedding videos recorded on phones face punishment, sources say.
            author: Kim Yoo Jin
            translators: [Yongmin Lee, Jieun Baek]
            source:
              publication: daily-nk
              url: https://www.dailynk.com/english/north-korea-bans-sharing-private-video/
              title: "북한, 개인 영상 유포 금지…결혼식 영상도 처벌"
              language: ko
              published: 2021-06-08
              archived:
                url: https://web.archive.org/web/20210610093000/https://www.dailynk.com/english/north-korea-bans-sharing-private-video/
                date: 2021-06-10
            topics: [censorship, technology, youth]
            places: [South Pyongan Province, Pyongyang]
            image:
              src: /media/players.svg
              alt: Two portable media players on a table
              caption: Popular media players (left, notel; right, mp4 player).
              credit: Daily NK
            translation_key: private-video-ban
            aliases: [/articles/video-ban/]
            corrections:
              - date: 2021-06-11
                text: An earlier version misnamed the province.
            ---
            The North Korean authorities intend to punish residents caught sharing personal videos recorded on cell phone cameras and camcorders, according to sources inside the country.

            A university student in Pyongyang was punished for distributing a wedding video he recorded.[^1]

            ## Seminars at work

            > “Those who make and distribute videos among themselves will be strictly punished,” a source said.

            | Medium | Where it is used |
            |:--|--:|
            | SD card | phones |
            | USB stick | notels |

            See [the topic page](/topics/censorship/) and the [other report](/articles/usb-sticks/).

            [^1]: The source did not say when the seminar took place.
            """ + "\n";
        files["articles/2021/usb-sticks.md"] = TestSite.Article("Traders hide USB sticks in rice sacks", date: "2021-05-02", topics: "[technology]",
            body: "Traders in Sinuiju hide USB sticks loaded with foreign films in rice sacks.");
        files["articles/2021/market-prices.md"] = TestSite.Article("Rice prices rise in Hyesan markets", date: "2021-04-20", topics: "[censorship]",
            body: "Rice prices rose for the third week.", extra: "places: [Hyesan]\n");
        files["articles/2021/radio.md"] = TestSite.Article("Listening to foreign radio at night", date: "2021-03-15", topics: "[censorship, youth]",
            body: "Young people listen to foreign radio at night.", extra: "author: [Lee Sang Yong, Seulkee Jang]\n").Replace("publication: daily-nk", "publication: rfa", StringComparison.Ordinal);
        files["articles/2021/private-video-ban-ko.md"] = TestSite.Article("북한, 개인 영상 공유 금지", topics: "[censorship]",
            body: "북한 당국이 휴대전화로 찍은 개인 영상을 공유하는 주민을 처벌할 방침이다.\n\n![시장 거리의 노점 (생성된 그림)](/media/market.jpg)",
            extra: "language: ko\nslug: private-video-ban-ko\ntranslation_key: private-video-ban\nimage:\n  src: /media/market.jpg\n  alt: 시장 거리의 노점 (생성된 그림)\n  caption: 국경 시장.\n  credit: Daily NK\nauthor: 예시 기자\nplaces: [평양]\n");
        files["articles/2021/border-trade.md"] = TestSite.Article("Border trade slows after new checks", date: "2021-06-20", topics: "[youth]",
            body: "Traders say new checks at the border slowed trade.", extra: "author: Example Reporter\nplaces: [Pyongyang]\n");
        files["articles/2021/currency-rumour.md"] = TestSite.Article("Traders report rumours of a currency reform", date: "2021-05-20", topics: "[censorship]",
            body: "Traders said a currency reform was coming.", extra: "withdrawn:\n  date: 2021-05-25\n  reason: The source could not confirm the report.\n");
        return files;
    }

    /// <summary>Builds the site in memory with the repository's templates; throws when it has errors, so a broken fixture never looks like a passing check.</summary>
    public static BuildResult Build()
    {
        var result = TestSite.Build(Files(), Media());
        if (result.Failed) throw new InvalidOperationException("the browser test site does not build:\n" + string.Join('\n', result.Diagnostics));
        return result;
    }
}
