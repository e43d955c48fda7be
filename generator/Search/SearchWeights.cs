namespace StaticSite.Search;

/// <summary>How much one occurrence of a term counts in each field of an article; the index stores the weighted sum per
/// article so the script only adds and multiplies.</summary>
internal static class SearchWeights
{
    /// <summary>A term in the headline.</summary>
    public const int Title = 10;

    /// <summary>A term in the original report's title (in its own language, often Korean).</summary>
    public const int OriginalTitle = 8;

    /// <summary>A term in a topic's title.</summary>
    public const int Topic = 6;

    /// <summary>A term in the source publication's name.</summary>
    public const int Source = 4;

    /// <summary>A term in a translator's (or reporter's) name.</summary>
    public const int Person = 4;

    /// <summary>A term in the name of a place the report is about.</summary>
    public const int Place = 4;

    /// <summary>A term in the summary.</summary>
    public const int Summary = 3;

    /// <summary>A term in the image's caption or credit.</summary>
    public const int Caption = 2;

    /// <summary>A term in the body text.</summary>
    public const int Body = 1;

    /// <summary>Repeats of a term in one field beyond this count add nothing, so long articles do not drown short
    /// ones.</summary>
    public const int RepeatCap = 5;
}
