namespace StaticSite.Content;

/// <summary>A dated correction note shown on the article page.</summary>
internal sealed record Correction(ContentDate Date, string Text);
