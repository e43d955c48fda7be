using Markdig;
using Markdig.Extensions.AutoLinks;
using Markdig.Extensions.EmphasisExtras;

namespace StaticSite.Content;

/// <summary>Builds the one Markdig pipeline the site uses: CommonMark plus tables, footnotes, figures and smart
/// punctuation, and what GitHub renders in a pull request's preview: bare <c>http(s)://</c> and <c>www.</c> addresses
/// as links, task lists, strikethrough. Raw HTML is parsed (so smart punctuation never touches a tag) and sanitized
/// by the renderer.</summary>
internal static class MarkdownPipelineFactory
{
    /// <summary>The configured pipeline; it is immutable and shared by every thread.</summary>
    public static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseFigures()
            .UseSmartyPants()
            .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
            .UseAutoLinks(new AutoLinkOptions { UseHttpsForWWWLinks = true })
            .UseTaskLists()
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
            .UsePreciseSourceLocation()
            .Build();
}
