namespace StaticSite.Content.Files;

/// <summary>An entry of an input folder that is neither a regular file nor a folder (a named pipe, a device, a socket),
/// which is never opened: reading a named pipe would wait forever for a writer.</summary>
/// <param name="Path">The '/'-separated relative path.</param>
/// <param name="Kind">What it is, in words ("a named pipe (FIFO)").</param>
internal sealed record SpecialFile(string Path, string Kind);
