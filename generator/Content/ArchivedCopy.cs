namespace StaticSite.Content;

/// <summary>A checked snapshot of an article's original: its address and the day it was taken.</summary>
internal sealed record ArchivedCopy(string Url, ContentDate Date);
