using Markdig;

namespace StaticSite.Content;

/// <summary>Builds the one Markdig pipeline the site uses: CommonMark plus tables, footnotes, figures and smart
/// punctuation, with raw HTML disabled.</summary>
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
            .UsePreciseSourceLocation()
            .DisableHtml()
            .Build();
}
