using StaticSite.Content;
using StaticSite.Diagnostics;
using StaticSite.Media;

namespace StaticSite.Validation;

/// <summary>The validation of one article file under way: the file, what it is checked against, and whether an error
/// was found (then the article is left out, but every block is still checked so every mistake is reported).</summary>
internal sealed class ArticleCheck(ArticleFile file, LoadedContent content, DiagnosticBag diagnostics,
    ImageCatalog? images = null, bool warnsGps = false)
{
    /// <summary>The photographs of <c>content/media/</c>, as the inspect step found them.</summary>
    public ImageCatalog Images => images ?? ImageCatalog.Empty;

    /// <summary>Whether a photograph carrying GPS coordinates gets a warning (<c>check</c>).</summary>
    public bool WarnsGps => warnsGps;

    /// <summary>The file being checked.</summary>
    public ArticleFile File => file;

    /// <summary>Its front matter.</summary>
    public FrontMatter FrontMatter => file.FrontMatter;

    /// <summary>The site, registries and media it is checked against.</summary>
    public LoadedContent Content => content;

    /// <summary>The moment the build runs as (for embargoes and the age of originals); it decides what is published
    /// and warned about, never the bytes of a page.</summary>
    public DateTimeOffset Now { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>Whether no error has been found yet.</summary>
    public bool Ok { get; private set; } = true;

    /// <summary>Reports an error; the article will not be published.</summary>
    public void Error(SourceLocation at, string message)
    {
        diagnostics.Error(at, message);
        Ok = false;
    }

    /// <summary>Reports a warning.</summary>
    public void Warning(SourceLocation at, string message) => diagnostics.Warning(at, message);

    /// <summary>Whether the field's value was already reported as malformed (so it is not also reported as
    /// missing).</summary>
    public bool Rejected(string field) => file.FrontMatter.Rejected.Contains(field);
}
