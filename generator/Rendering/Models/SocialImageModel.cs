namespace StaticSite.Rendering.Models;

/// <summary>The picture a page is shown with when shared (OpenGraph, Twitter cards): a published file with its
/// absolute address, size, type and description.</summary>
/// <param name="Url">The absolute address.</param>
/// <param name="Width">Its width in pixels.</param>
/// <param name="Height">Its height in pixels.</param>
/// <param name="Type">Its media type.</param>
/// <param name="Alt">What it shows, in words.</param>
internal sealed record SocialImageModel(string Url, int Width, int Height, string Type, string Alt);
