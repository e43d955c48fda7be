namespace StaticSite.Rendering;

/// <summary>Where a body comes from: its file as shown in messages, and the file line the body starts on.</summary>
internal sealed record BodyOrigin(string DisplayPath, int BodyLine);
