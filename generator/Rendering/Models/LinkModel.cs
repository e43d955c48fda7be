namespace StaticSite.Rendering.Models;

/// <summary>A link as templates print it: text and an href that already includes the base path.</summary>
internal sealed record LinkModel(string Text, string Url);
