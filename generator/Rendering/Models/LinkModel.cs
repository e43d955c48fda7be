namespace StaticSite.Rendering.Models;

/// <summary>A link as templates print it: text and an href that already includes the base path.</summary>
/// <param name="Text">The link's text.</param>
/// <param name="Url">Its address.</param>
internal sealed record LinkModel(string Text, string Url);
