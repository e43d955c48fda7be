namespace StaticSite.Import;

/// <summary>The site generators whose content folders can be imported.</summary>
internal enum ArchiveKind
{
    Jekyll,
    Hugo,
}
