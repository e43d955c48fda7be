namespace StaticSite.Content;

/// <summary>One commit that changed an article's file, as the content's git history records it.</summary>
/// <param name="Commit">The commit's full hash.</param>
/// <param name="Date">When it was committed, with the committer's time zone.</param>
/// <param name="Subject">The first line of its message.</param>
/// <param name="Minor">Whether its subject says <c>[minor]</c>: listed, but not counted as an update.</param>
internal sealed record Revision(string Commit, ContentDate Date, string Subject, bool Minor);
