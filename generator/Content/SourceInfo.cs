namespace StaticSite.Content;

/// <summary>A publication from <c>sources.yml</c> that reports are translated from.</summary>
public sealed record SourceInfo(string Key, string Name, string? Url, string Language, string Description);
