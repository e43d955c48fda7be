namespace StaticSite.Search;

/// <summary>The search files the previous build wrote, which the index takes over for an article whose files would come
/// out the same, instead of reading its body and compressing its prose again; paths are inside the search
/// folder.</summary>
internal interface IPreviousFiles
{
    /// <summary>The key the previous build recorded for the file at <paramref name="path"/>, or null.</summary>
    string? KeyOf(string path);

    /// <summary>Takes over the previous build's files at <paramref name="paths"/> when every one was recorded under
    /// <paramref name="key"/> and is still there at its size; false, and nothing taken, otherwise.</summary>
    bool Reuse(IReadOnlyList<string> paths, string key);

    /// <summary>Records that this build made the files at <paramref name="paths"/> from inputs with this
    /// <paramref name="key"/>.</summary>
    void Record(IReadOnlyList<string> paths, string key);
}
