using StaticSite.Content;
using StaticSite.Diagnostics;

namespace StaticSite.Validation;

/// <summary>The <c>topics:</c> list: at least one, each a key of <c>topics.yml</c>.</summary>
internal static class TopicRules
{
    /// <summary>Checks the list; returns the topics, each once, in the order written.</summary>
    public static IReadOnlyList<TopicInfo> Check(ArticleCheck check)
    {
        var fm = check.FrontMatter;
        var topics = new List<TopicInfo>();
        if (fm.Topics.Count == 0 && !check.Rejected("topics"))
        {
            check.Error(fm.TopicsAt, "missing required field 'topics' (at least one key of topics.yml)");
        }

        foreach (var t in fm.Topics.Take(ContentLimits.TopicsPerArticle))
        {
            if (check.Content.Topics.TryGetValue(t.Value, out var topic))
            {
                if (!topics.Contains(topic)) topics.Add(topic);
            }
            else
            {
                check.Error(t.At, $"unknown topic " +
                    $"'{t.Value}'{Suggestions.DidYouMean(t.Value, check.Content.Topics.Keys)}; topics are declared " +
                        $"in topics.yml");
            }
        }

        return topics;
    }
}
