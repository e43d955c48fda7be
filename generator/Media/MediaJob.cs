namespace StaticSite.Media;

/// <summary>Files made together from one input (the variants of a photograph, or one social card): the cache key of
/// that input and its settings, each output path with its name in the cache entry, how to make the bytes, and the file
/// a failure is reported at.</summary>
/// <param name="Key">The cache key (a hash of the source and of the settings).</param>
/// <param name="Files">Each output path and the file name it has in the cache entry.</param>
/// <param name="Make">Makes every file of the job, by name; throws <see cref="InvalidDataException"/> for a source
/// that cannot be decoded.</param>
/// <param name="DisplayPath">The input file as diagnostics name it.</param>
internal sealed record MediaJob(string Key, IReadOnlyList<(string Path, string Name)> Files,
    Func<IReadOnlyDictionary<string, byte[]>> Make, string DisplayPath);
