namespace StaticSite.Diagnostics;

/// <summary>A value read from a contributor's file together with where it was written.</summary>
internal readonly record struct Located<T>(T Value, SourceLocation At);
