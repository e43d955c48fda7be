namespace StaticSite.Content;

/// <summary>An article file cut in two: the YAML text and the Markdown body, each with the file line it starts
/// on.</summary>
internal sealed record SplitDocument(string FrontMatter, int FrontMatterLine, string Body, int BodyLine);
