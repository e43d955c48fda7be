using Markdig;
using StaticSite.Content;
using StaticSite.Diagnostics;

namespace StaticSite.Validation;

/// <summary>The summary: a warning when a written one is long enough to be cut off in feeds and previews; without one,
/// the body's first paragraph stands in.</summary>
internal static class SummaryRules
{
    /// <summary>Summaries longer than this get a warning: they are cut off in feeds and link previews.</summary>
    public const int WarningLength = 280;

    /// <summary>Checks the summary; returns the one written, or the first paragraph (empty when the body cannot be
    /// read).</summary>
    public static string Check(ArticleCheck check, MarkdownPipeline pipeline)
    {
        if (check.FrontMatter.Summary is { } summary)
        {
            if (summary.Value.Length > WarningLength)
            {
                check.Warning(summary.At,
                    $"the summary is {summary.Value.Length} characters; keep it under {WarningLength} so it is not " +
                        $"cut off in feeds and previews");
            }

            return summary.Value;
        }

        try
        {
            return SummaryExtractor.FirstParagraph(check.File.Body.Text, pipeline);
        }
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException)
        {
            check.Error(new SourceLocation(check.File.DisplayPath, check.File.BodyLine, 1),
                $"the body cannot be read: {e.Message}");
            return "";
        }
    }
}
