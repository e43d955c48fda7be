namespace StaticSite.Rendering.Models;

/// <summary>A snapshot of the original report, for readers when the original has moved or gone.</summary>
/// <param name="Url">The snapshot's address.</param>
/// <param name="Date">When the snapshot was taken.</param>
internal sealed record ArchivedCopyModel(string Url, DateModel Date);
