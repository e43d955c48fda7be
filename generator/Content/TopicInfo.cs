namespace StaticSite.Content;

/// <summary>A topic from the controlled vocabulary in <c>topics.yml</c>.</summary>
public sealed record TopicInfo(string Key, string Title, string Description);
