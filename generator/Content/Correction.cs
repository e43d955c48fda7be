namespace StaticSite.Content;

/// <summary>A dated correction note shown on the article page.</summary>
public sealed record Correction(ContentDate Date, string Text);
