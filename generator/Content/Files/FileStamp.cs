namespace StaticSite.Content.Files;

/// <summary>A file's size and last-write time as the folder listing saw them: what make and ninja compare to tell a
/// file changed without reading it.</summary>
internal readonly record struct FileStamp(long Length, long LastWriteTicks);
