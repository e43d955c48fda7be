using System.CommandLine;
using System.Globalization;
using System.Text;
using StaticSite.Content;
using StaticSite.Content.Files;
using StaticSite.Diagnostics;

namespace StaticSite.Cli;

/// <summary><c>staticsite new "Title"</c>: starts an article with every field of the content model, so contributors
/// need not remember them.</summary>
internal static class NewCommand
{
    /// <summary>Declares the command and its options.</summary>
    public static Command Create()
    {
        var title = new Argument<string>("title") { Description = "The article's English title (in quotes)" };
        var source = new Option<string?>("--source") { Description = "The source publication: a key of sources.yml" };
        var topics = new Option<string?>(
            "--topics") { Description = "Comma-separated keys of topics.yml, such as censorship,technology" };
        var translator = new Option<string?>("--translator") { Description = "Your name as the translator" };
        var slug = new Option<string?>("--slug") { Description = "The URL slug; default: made from the title" };
        var content = new Option<string>(
            "--content") { Description = "The content folder", DefaultValueFactory = _ => "content" };
        var command = new Command("new",
            "Start a new article in content/articles/<year>/<slug>.md with every field ready to fill in");
        command.Add(title);
        command.Add(source);
        command.Add(topics);
        command.Add(translator);
        command.Add(slug);
        command.Add(content);
        command.SetAction(result =>
        {
            var request = new Request(
                result.GetValue(title)!,
                result.GetValue(source),
                (result.GetValue(topics) ?? "")
                    .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                result.GetValue(translator),
                result.GetValue(slug));
            return Run(result.GetValue(content)!, request, DateOnly.FromDateTime(DateTime.UtcNow), Console.Out,
                Console.Error);
        });
        return command;
    }

    /// <summary>What the contributor asked for.</summary>
    public sealed record Request(string Title, string? Source, IReadOnlyList<string> Topics, string? Translator,
        string? Slug);

    /// <summary>Writes the new article and prints its path; 1 when the slug is taken or a key is unknown, 2 for
    /// unusable input.</summary>
    public static int Run(string contentDir, Request request, DateOnly today, TextWriter stdout, TextWriter stderr)
    {
        if (!Directory.Exists(contentDir))
        {
            stderr.WriteLine($"error: the content folder '{contentDir}' does not exist");
            return ExitCodes.Usage;
        }

        var title = request.Title.Trim();
        if (title.Length == 0 || title.Any(char.IsControl))
        {
            stderr.WriteLine("error: the title must be non-empty text on one line");
            return ExitCodes.Usage;
        }

        var slug = request.Slug ?? Slugs.FromName(title);
        if (!Slugs.IsSafe(slug))
        {
            stderr.WriteLine(request.Slug is null
                ? $"error: the title gives no usable slug; pass --slug with lowercase letters, digits and hyphens"
                : $"error: --slug '{slug}' must be lowercase letters, digits and hyphens (at most 100)");
            return ExitCodes.Usage;
        }

        var tree = DiskFileTree.Open(contentDir);
        var loaded = new ContentLoader().Load(tree, new DiagnosticBag());
        var relative = $"articles/{today.Year.ToString(CultureInfo.InvariantCulture)}/{slug}.md";
        var problems = Problems(request, slug, relative, tree, loaded);
        if (problems.Count > 0)
        {
            foreach (var problem in problems) stderr.WriteLine($"error: {problem}");
            return ExitCodes.ContentErrors;
        }

        var full = Path.Combine(contentDir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        try
        {
            using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
            stream.Write(new UTF8Encoding(false).GetBytes(Scaffold(title, slug, request, loaded, today)));
        }
        catch (IOException) when (File.Exists(full))
        {
            stderr.WriteLine($"error: {tree.DisplayPath(relative)} already exists");
            return ExitCodes.ContentErrors;
        }

        stdout.WriteLine(tree.DisplayPath(relative));
        return ExitCodes.Success;
    }

    /// <summary>Why the article cannot be made: an unknown source or topic, or a slug already in use.</summary>
    private static List<string> Problems(
        Request request, string slug, string relative, DiskFileTree tree, LoadedContent loaded)
    {
        var problems = new List<string>();
        if (request.Source is { } key && !loaded.Sources.ContainsKey(key))
        {
            problems.Add($"unknown source '{key}'{Suggestions.DidYouMean(key, loaded.Sources.Keys)}; "
                + "sources are declared in sources.yml");
        }

        foreach (var topic in request.Topics.Where(t => !loaded.Topics.ContainsKey(t)))
        {
            problems.Add($"unknown topic '{topic}'{Suggestions.DidYouMean(topic, loaded.Topics.Keys)}; "
                + "topics are declared in topics.yml");
        }

        var taken = TakenBy(slug, tree, loaded) ?? (File.Exists(Path.Combine(tree.Root, relative)) ? relative : null);
        if (taken is not null)
        {
            problems.Add($"the slug '{slug}' is already used by {tree.DisplayPath(taken)}; choose another title or " +
                $"pass --slug");
        }

        return problems;
    }

    private static string? TakenBy(string slug, IFileTree tree, LoadedContent loaded)
    {
        var loadedPaths = loaded.Articles.Select(a => a.RelativePath).ToHashSet(StringComparer.Ordinal);
        var usedBy = loaded.Articles.Select(
            a => (Slug: a.FrontMatter.Slug?.Value ?? Path.GetFileNameWithoutExtension(a.RelativePath), a.RelativePath));
        var unreadable = tree.List()
            .Where(f => f.StartsWith("articles/", StringComparison.Ordinal)
                && f.EndsWith(".md", StringComparison.Ordinal) && !loadedPaths.Contains(f))
            .Select(f => (Slug: Path.GetFileNameWithoutExtension(f), RelativePath: f));
        return usedBy.Concat(unreadable).Where(u => u.Slug == slug).Select(u => u.RelativePath)
            .Order(StringComparer.Ordinal).FirstOrDefault();
    }

    /// <summary>The new file's text: every field of the content model, the ones not given left empty with a short
    /// comment.</summary>
    public static string Scaffold(string title, string slug, Request request, LoadedContent loaded, DateOnly today)
    {
        var sourceLanguage = request.Source is { } key && loaded.Sources.TryGetValue(key, out var info) ? info.Language
            : null;
        var translatorsNeeded = sourceLanguage is null || sourceLanguage != loaded.Site.Language;
        var sourceKeys = string.Join(", ", loaded.Sources.Keys.Order(StringComparer.Ordinal));
        var topicKeys = string.Join(", ", loaded.Topics.Keys.Order(StringComparer.Ordinal));

        var text = new StringBuilder();
        void Line(string line) => text.Append(line).Append('\n');

        Line("---");
        Line($"title: {Quote(title)}");
        Line($"date: {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}                 # when the " +
            $"translation is published");
        Line("updated:                         # optional: date of a later revision, YYYY-MM-DD");
        Line($"language:                        # optional: default {loaded.Site.Language}");
        Line($"slug: {slug}");
        Line("summary:                         # optional: one or two sentences; default: the first paragraph");
        Line("author:                          # optional: the original reporter(s), text or a list");
        Line(request.Translator is { } translator
            ? $"translators: [{Quote(translator.Trim())}]"
            : $"translators: []                  # " +
                $"{(translatorsNeeded ? "required for a translation" : "optional")}: [Your Name]");
        Line("source:");
        Line(request.Source is { } source
            ? $"  publication: {source}"
            : $"  publication:                   # required: one of {sourceKeys}");
        Line("  url:                           # the original report's address, https://…");
        Line("  title:                         # optional: the original title, in its own language");
        Line(sourceLanguage is null
            ? "  language:                      # optional: default the publication's language"
            : $"  language: {sourceLanguage}");
        Line("  published:                     # optional: the original's date, YYYY-MM-DD");
        Line("#  archived:                     # optional: a snapshot of the original; uncomment and fill in");
        Line("#    url: https://web.archive.org/web/YYYYMMDDhhmmss/https://…");
        Line("#    date: YYYY-MM-DD");
        Line(request.Topics.Count > 0
            ? $"topics: [{string.Join(", ", request.Topics)}]"
            : $"topics: []                       # required, at least one of: {topicKeys}");
        Line("places: []                       # optional: [Pyongyang, South Pyongan Province]");
        Line("image:                           # optional: uncomment and fill in");
        Line("#  src: /media/photo.jpg         # a file in content/media/ or an https:// address");
        Line("#  alt: What the picture shows   # required with src");
        Line("#  caption:");
        Line("#  credit:");
        Line("translation_key:                 # optional: the same key on every language version of this report");
        Line("corrections: []                  # optional: - date: YYYY-MM-DD, text: what was corrected");
        Line("draft: false                     # true keeps it off the site (build and serve include drafts with " +
            "--drafts)");
        Line("aliases: []                      # optional: earlier addresses, each redirected here: " +
            "[/articles/old-slug/]");
        Line("withdrawn:                       # optional, to take it down: date: YYYY-MM-DD and reason: why (its " +
            "address then shows a notice)");
        Line("embargo:                         # optional: nothing is published before, e.g. " +
            "2026-12-24T09:00:00+09:00");
        Line("---");
        Line("Replace this paragraph with the translated text, in Markdown.");
        return text.ToString();
    }

    private static string Quote(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
